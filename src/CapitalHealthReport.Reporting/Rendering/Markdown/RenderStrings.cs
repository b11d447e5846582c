using Markdig.Extensions.Alerts;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>The few words the renderer itself writes (not the template), in English or Chinese.</summary>
internal sealed record RenderStrings(string Contents, string Period, string Date, string Note, string Tip, string Important, string Warning, string Caution, string Cutoff = "Data cut-off")
{
    public static readonly RenderStrings English = new("Contents", "Period", "Published", "Note", "Tip", "Important", "Warning", "Caution", "Data cut-off");

    public static readonly RenderStrings Chinese = new("目录", "报告期", "发布日期", "注意", "提示", "重要", "警告", "当心", "数据截止日期");

    public static RenderStrings For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>The label of an alert kind (<c>NOTE</c>, <c>TIP</c>, …) when the callout has no title of its own.</summary>
    public string KindLabel(string kind) => kind.ToUpperInvariant() switch
    {
        "TIP" => Tip,
        "IMPORTANT" => Important,
        "WARNING" => Warning,
        "CAUTION" => Caution,
        _ => Note,
    };
}

/// <summary>How a callout is styled: GitHub alert kinds map onto three levels.</summary>
internal enum CalloutLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>Maps alert kinds onto callout levels: NOTE/TIP info, IMPORTANT/WARNING warning, CAUTION error.</summary>
internal static class Callouts
{
    public static string KindOf(AlertBlock alert) => alert.Kind.ToString().ToUpperInvariant();

    public static CalloutLevel LevelOf(string kind) => kind switch
    {
        "IMPORTANT" or "WARNING" => CalloutLevel.Warning,
        "CAUTION" => CalloutLevel.Error,
        _ => CalloutLevel.Info,
    };
}

/// <summary>A callout's title: a bold first line inside the alert (<c>**Title**</c> then a line break or nothing).</summary>
internal sealed record CalloutTitle(string Text, Markdig.Syntax.ParagraphBlock Paragraph, int InlinesToSkip, bool ParagraphIsOnlyTitle)
{
    public static CalloutTitle? Find(AlertBlock alert)
    {
        if (alert.Count == 0 || alert[0] is not Markdig.Syntax.ParagraphBlock paragraph || paragraph.Inline?.FirstChild is not Markdig.Syntax.Inlines.EmphasisInline strong)
        {
            return null;
        }

        if (strong.DelimiterCount != 2 || strong.DelimiterChar is not ('*' or '_'))
        {
            return null;
        }

        var next = strong.NextSibling;
        if (next is null)
        {
            return new CalloutTitle(InlineText.Of(strong), paragraph, 1, true);
        }

        if (next is Markdig.Syntax.Inlines.LineBreakInline)
        {
            return new CalloutTitle(InlineText.Of(strong), paragraph, 2, next.NextSibling is null);
        }

        return null;
    }
}
