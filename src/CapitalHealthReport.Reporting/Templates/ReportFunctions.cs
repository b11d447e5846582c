using System.Globalization;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Narrative;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// The functions report templates call (imported with snake_case names: <c>pct</c>, <c>pp</c>, <c>money</c>,
/// <c>num</c>, <c>int</c>, <c>change</c>, <c>severity_label</c>, <c>period_label</c>, <c>chart</c>, <c>callout</c>).
/// They format in the report's language through a <see cref="NarrativeFormatter"/>; their text results are
/// escaped like any other value, except <c>chart</c> and <c>callout</c>, which build Markdown on purpose.
/// </summary>
public sealed class ReportFunctions
{
    private readonly NarrativeFormatter _format;
    private readonly SortedSet<string> _chartIds;
    private int _tables;

    public ReportFunctions(NarrativeFormatter format, IEnumerable<string> chartIds)
    {
        _format = format;
        _chartIds = new SortedSet<string>(chartIds, StringComparer.Ordinal);
    }

    /// <summary>The chart ids <c>chart</c> accepts.</summary>
    public IReadOnlySet<string> ChartIds => _chartIds;

    /// <summary><c>{{ pct 0.123 }}</c> → <c>12.3%</c>.</summary>
    public string Pct(object? share, int decimals = 1) => _format.Pct(ToDouble(share), decimals);

    /// <summary><c>{{ pp 0.052 }}</c> → <c>5.2 points</c> / <c>5.2个百分点</c>.</summary>
    public string Pp(object? delta, int decimals = 1) => _format.Pp(ToDouble(delta), decimals);

    /// <summary><c>{{ money 1.2e9 }}</c> → <c>1.2 bn CNY</c> / <c>12.0亿元</c>; <c>{{ money 5.862e12 }}</c> → <c>5.9 tn COP</c>; <c>{{ money 1.25e10 }}</c> → <c>1,250 crore INR</c>.</summary>
    public string Money(object? amount) => _format.Money(ToDouble(amount));

    /// <summary>
    /// <c>{{ money_in st.median_amount stages "median_amount" }}</c>: an amount of a table column, in the unit and decimals
    /// the column's amounts (the field of every row) share, so that they compare by eye: <c>0.5 M USD</c> beside
    /// <c>8.0 M USD</c>, never <c>500,000 USD</c> beside <c>8.0 M USD</c>.
    /// </summary>
    public string MoneyIn(TemplateContext context, SourceSpan span, object? amount, object? rows, string field)
    {
        if (rows is not System.Collections.IEnumerable items || rows is string)
        {
            throw new ScriptRuntimeException(span, $"money_in needs a list of table rows, not {context.GetTypeName(rows)}.");
        }

        var column = new List<double?>();
        foreach (var row in items)
        {
            if (row is null)
            {
                continue;
            }

            var accessor = context.GetMemberAccessor(row);
            if (!accessor.HasMember(context, span, row, field))
            {
                throw new ScriptRuntimeException(span, $"money_in: the rows have no field '{field}'; their fields: {string.Join(", ", accessor.GetMembers(context, span, row))}.");
            }

            column.Add(accessor.TryGetValue(context, span, row, field, out var value) ? ToDouble(value) : null);
        }

        return _format.MoneyIn(ToDouble(amount), column);
    }

    /// <summary><c>{{ num 1234.56 }}</c> → <c>1,234.6</c>.</summary>
    public string Num(object? value, int decimals = 1) => _format.Num(ToDouble(value), decimals);

    /// <summary><c>{{ int 1234 }}</c> → <c>1,234</c>.</summary>
    public string Int(object? value) => _format.Int(ToDouble(value));

    /// <summary><c>{{ change current previous "2024Q4" "share" }}</c> → <c>up 5.2 points from 2024Q4</c>.</summary>
    public string Change(TemplateContext context, SourceSpan span, object? current, object? previous, object? since, string kind = "level")
    {
        try
        {
            return _format.Change(ToDouble(current), ToDouble(previous), SinceLabel(since), kind);
        }
        catch (ArgumentException ex)
        {
            throw new ScriptRuntimeException(span, ex.Message);
        }
    }

    /// <summary><c>{{ severity_label "error" }}</c> → <c>Error</c> / <c>严重</c>.</summary>
    public string SeverityLabel(object? severity) =>
        _format.SeverityLabel(Convert.ToString(severity, CultureInfo.InvariantCulture));

    /// <summary><c>{{ period_label "2025Q1" }}</c> → <c>2025Q1</c> / <c>2025年第一季度</c>.</summary>
    public string PeriodLabel(object? period) => SinceLabel(period);

    /// <summary>
    /// <c>{{ chart "lorenz" }}</c> places a chart: a fenced <c>chart lorenz</c> block. An id that the report
    /// model has no chart for stops the rendering with an error at the call.
    /// </summary>
    public MarkdownFragment Chart(TemplateContext context, SourceSpan span, string id)
    {
        if (!_chartIds.Contains(id))
        {
            throw new ScriptRuntimeException(
                span,
                $"chart '{id}' is not in the report model; known charts: {string.Join(", ", _chartIds)}.");
        }

        return new MarkdownFragment($"```chart {id}\n```");
    }

    /// <summary>
    /// <c>{{ paragraph sections.market }}</c>: the texts of a list of claims as one paragraph (sentences joined by a space
    /// in English, directly in Chinese); an empty list gives nothing. <c>{{ paragraph sections.market true }}</c> leaves out
    /// the claims the summary's headlines already state.
    /// </summary>
    public string Paragraph(IEnumerable<Model.Claims.Claim>? claims, bool exceptHeadlines = false) =>
        claims is null ? "" : string.Join(_format.Language == ReportLanguage.Chinese ? "" : " ", claims.Where(c => !exceptHeadlines || !c.IsHeadline).Select(static c => c.Text));

    /// <summary>
    /// <c>{{ if has_values sectors "total_amount" }}</c>: true when some row of a table has a value in the field. A table
    /// none of whose deals disclose an amount has none in its value columns (each would hold only dashes): the bundled
    /// templates leave those columns out and say why with <c>no_values_note</c>.
    /// </summary>
    public static bool HasValues(TemplateContext context, SourceSpan span, object? rows, string field)
    {
        if (rows is null)
        {
            return false;
        }

        if (rows is not System.Collections.IEnumerable items || rows is string)
        {
            throw new ScriptRuntimeException(span, $"has_values needs a list of table rows, not {context.GetTypeName(rows)}.");
        }

        foreach (var row in items)
        {
            if (row is null)
            {
                continue;
            }

            // A misspelt field would read as "no values" and drop the columns: it is an error at the call instead.
            var accessor = context.GetMemberAccessor(row);
            if (!accessor.HasMember(context, span, row, field))
            {
                throw new ScriptRuntimeException(span, $"has_values: the rows have no field '{field}'; their fields: {string.Join(", ", accessor.GetMembers(context, span, row))}.");
            }

            if (accessor.TryGetValue(context, span, row, field, out var value) && value is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>{{ no_values_note }}</c>: the line under a table shown without its value columns, because none of its deals disclose an amount.</summary>
    public string NoValuesNote() => _format.Language == ReportLanguage.Chinese
        ? "表中事件均未披露金额，故不列金额各列。"
        : "No deal in the table discloses an amount, so no value columns are shown.";

    /// <summary><c>{{ if has_chart "lorenz" }}</c>: true when the report model has the chart (a chart without data is left out).</summary>
    public bool HasChart(string id) => _chartIds.Contains(id);

    /// <summary>
    /// <c>{{ table_title "Largest rounds" }}</c> → <c>**Table 2: Largest rounds**</c> / <c>**表2：…**</c>: tables are numbered in
    /// the order the template titles them.
    /// </summary>
    public MarkdownFragment TableTitle(TemplateContext context, SourceSpan span, object? title)
    {
        _tables++;
        var label = _format.Language == ReportLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"表{_tables}：")
            : string.Create(CultureInfo.InvariantCulture, $"Table {_tables}: ");
        return new MarkdownFragment("**" + MarkdownText.Escape(label + (context.ObjectToString(title) ?? "")) + "**");
    }

    /// <summary>
    /// <c>{{ callout "warning" title text }}</c> → a GitHub alert block (<c>&gt; [!WARNING]</c>) with an escaped bold
    /// title line and escaped text. Kinds: <c>error</c>/<c>caution</c>, <c>warning</c>, <c>important</c>,
    /// <c>info</c>/<c>note</c>, <c>tip</c>.
    /// </summary>
    public static MarkdownFragment Callout(TemplateContext context, SourceSpan span, string kind, object? title, object? text)
    {
        var marker = kind.Trim().ToLowerInvariant() switch
        {
            "error" or "caution" => "CAUTION",
            "warning" => "WARNING",
            "important" => "IMPORTANT",
            "info" or "note" => "NOTE",
            "tip" => "TIP",
            _ => throw new ScriptRuntimeException(span, $"callout kind '{kind}' is not known; use error, warning, important, info, note or tip."),
        };

        var titleText = context.ObjectToString(title) ?? "";
        var bodyText = context.ObjectToString(text) ?? "";
        var builder = new System.Text.StringBuilder();
        builder.Append("> [!").Append(marker).Append("]\n");
        if (titleText.Length > 0)
        {
            builder.Append("> **").Append(MarkdownText.Escape(titleText)).Append("**\n>\n");
        }

        builder.Append("> ").Append(MarkdownText.Escape(bodyText));
        return new MarkdownFragment(builder.ToString());
    }

    private string SinceLabel(object? since) => since switch
    {
        null => _format.NotAvailable,
        Period period => _format.PeriodLabel(period),
        _ => _format.PeriodLabel(Convert.ToString(since, CultureInfo.InvariantCulture) ?? ""),
    };

    internal static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? f : null,
        decimal m => (double)m,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul => ul,
        string text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed : null,
        IConvertible convertible => Convert.ToDouble(convertible, CultureInfo.InvariantCulture),
        _ => null,
    };
}
