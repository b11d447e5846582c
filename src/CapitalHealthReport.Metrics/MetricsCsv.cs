using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Writes metrics as CSV: one row per scope and metric (a keyed metric has one row per key), with the
/// comparison values and deltas beside the value. Invariant numbers, LF line ends, empty cells for undefined values.
/// </summary>
public static class MetricsCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["period", "slice_dimension", "slice_value", "metric", "key", "value", "prev", "yoy", "delta_prev", "delta_yoy", "unit"];

    public static void Write(TextWriter writer, MetricsDocument document)
    {
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var scope in document.Scopes)
        {
            var prev = scope.PrevKnown ? scope.Prev : null;
            var yoy = scope.YoyKnown ? scope.Yoy : null;
            foreach (var metric in MetricCatalog.All)
            {
                if (metric.IsKeyed)
                {
                    var keys = new SortedSet<string>(metric.GetKeyed(scope.Metrics).Keys, StringComparer.Ordinal);
                    keys.UnionWith(prev is null ? [] : metric.GetKeyed(prev).Keys);
                    keys.UnionWith(yoy is null ? [] : metric.GetKeyed(yoy).Keys);
                    foreach (var key in keys)
                    {
                        var value = Lookup(metric, scope.Metrics, key);
                        var p = prev is null ? null : Lookup(metric, prev, key);
                        var y = yoy is null ? null : Lookup(metric, yoy, key);
                        Row(writer, scope.Scope, metric, key, Number(value), Number(p), Number(y), Number(Delta(metric, value, p)), Number(Delta(metric, value, y)));
                    }
                }
                else if (metric.Kind == MetricKind.Text)
                {
                    var text = metric.GetValue(scope.Metrics) as string;
                    Row(writer, scope.Scope, metric, "", text ?? "", prev is null ? "" : metric.GetValue(prev) as string ?? "", yoy is null ? "" : metric.GetValue(yoy) as string ?? "", "", "");
                }
                else
                {
                    var value = metric.GetNumber(scope.Metrics);
                    Row(
                        writer,
                        scope.Scope,
                        metric,
                        "",
                        Number(value),
                        Number(prev is null ? null : metric.GetNumber(prev)),
                        Number(yoy is null ? null : metric.GetNumber(yoy)),
                        Number(prev is null ? null : metric.Delta(scope.Metrics, prev)),
                        Number(yoy is null ? null : metric.Delta(scope.Metrics, yoy)));
                }
            }
        }
    }

    /// <summary>A number as CSV text: shortest round-trip, invariant; empty when undefined.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? (v == 0d ? 0d : v).ToString("R", CultureInfo.InvariantCulture) : "";

    private static double? Lookup(MetricDescriptor metric, MetricSet set, string key) =>
        metric.GetKeyed(set).TryGetValue(key, out var v) ? v : null;

    private static double? Delta(MetricDescriptor metric, double? current, double? comparison) =>
        current is { } a && comparison is { } b ? (metric.IsShare ? (a - b) * 100d : a - b) : null;

    private static void Row(TextWriter writer, Scope scope, MetricDescriptor metric, string key, string value, string prev, string yoy, string deltaPrev, string deltaYoy)
    {
        var fields = new[]
        {
            scope.Period.Label, scope.Slice?.Dimension ?? "", scope.Slice?.Value ?? "", metric.JsonName, key, value, prev, yoy, deltaPrev, deltaYoy, metric.Unit,
        };
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.Write('\n');
    }

    /// <summary>
    /// Quotes a field that holds a comma, quote or line break (RFC 4180), and neutralises text that a spreadsheet
    /// would run as a formula: a value starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
    /// return gets a leading <c>'</c> unless it is a plain number (such as <c>-0.25</c>).
    /// </summary>
    public static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        builder.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
