using System.Diagnostics.CodeAnalysis;
using CapitalHealthReport.Reporting.Charts;
using Markdig.Syntax;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>Recognises <c>```chart &lt;id&gt;</c> fences and finds their chart.</summary>
internal static class ChartFence
{
    /// <summary>
    /// True when the fence places a chart, with its spec; false for any other fenced code.
    /// </summary>
    /// <exception cref="InputException">The fence names no id, or an id the report has no chart for.</exception>
    public static bool TryGetChart(FencedCodeBlock block, ReportSource source, IReadOnlyDictionary<string, ChartSpec> charts, [NotNullWhen(true)] out ChartSpec? spec)
    {
        spec = null;
        if (!string.Equals(block.Info, "chart", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var id = (block.Arguments ?? string.Empty).Trim();
        spec = Find(block, source, charts, id);
        return true;
    }

    /// <summary>
    /// As <see cref="TryGetChart"/>, for fences that name one chart or several (<c>```chart market_overview market_value</c>:
    /// charts placed side by side).
    /// </summary>
    public static bool TryGetCharts(FencedCodeBlock block, ReportSource source, IReadOnlyDictionary<string, ChartSpec> charts, [NotNullWhen(true)] out IReadOnlyList<ChartSpec>? specs)
    {
        specs = null;
        if (!string.Equals(block.Info, "chart", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var ids = (block.Arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        specs = ids.Length == 0 ? [Find(block, source, charts, string.Empty)] : ids.Select(id => Find(block, source, charts, id)).ToArray();
        return true;
    }

    private static ChartSpec Find(FencedCodeBlock block, ReportSource source, IReadOnlyDictionary<string, ChartSpec> charts, string id)
    {
        var line = ReportSource.LineOf(block);
        var column = ReportSource.ColumnOf(block);
        if (id.Length == 0)
        {
            throw new InputException("A chart fence names no chart.", source.SourceName, line, column, "Write ```chart <id>, e.g. ```chart lorenz.");
        }

        if (block.Lines.Count > 0 && block.Lines.ToString().Trim().Length > 0)
        {
            throw new InputException($"The chart fence for '{id}' has content; chart fences must be empty.", source.SourceName, line, column, "Put the chart's data in the report model, not in the Markdown.");
        }

        if (!charts.TryGetValue(id, out var spec))
        {
            var known = charts.Count == 0 ? "none" : string.Join(", ", charts.Keys.Order(StringComparer.Ordinal));
            throw new InputException($"Unknown chart '{id}'.", source.SourceName, line, column, "Charts this report has: " + known + ".");
        }

        return spec;
    }
}
