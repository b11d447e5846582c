using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using Markdig.Syntax.Inlines;
using SkiaSharp;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>Turns inline Markdown into styled text runs: emphasis, code, links; raw HTML and refused links stay literal.</summary>
internal static class PdfInlines
{
    public static List<TextRun> Runs(PdfContext context, ContainerInline? container, TextStyle style, int skip = 0)
    {
        var runs = new List<TextRun>();
        if (container is not null)
        {
            var index = 0;
            foreach (var inline in container)
            {
                if (index++ < skip)
                {
                    continue;
                }

                Append(context, inline, style, runs);
            }
        }

        return Merge(runs);
    }

    private static void Append(PdfContext context, Inline inline, TextStyle style, List<TextRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Add(runs, literal.Content.ToString(), style);
                break;
            case CodeInline code:
                Add(runs, code.Content, context.CodeStyle with { Size = style.Size * 0.92f, Bold = style.Bold });
                break;
            case LineBreakInline lineBreak:
                Add(runs, lineBreak.IsHard ? "\n" : SoftBreak(inline), style);
                break;
            case HtmlInline html:
                Add(runs, html.Tag, style);
                break;
            case HtmlEntityInline entity:
                Add(runs, entity.Transcoded.ToString(), style);
                break;
            case AutolinkInline autolink:
                var autoUrl = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                Add(runs, autolink.Url, LinkPolicy.Classify(autoUrl) == LinkKind.External ? PdfContext.LinkStyle(style, autoUrl) : style);
                break;
            case LinkInline { IsImage: true } image:
                Add(runs, context.Source.SourceOf(image), style);
                break;
            case LinkInline link:
                AppendLink(context, link, style, runs);
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    Append(context, child, Emphasize(style, emphasis), runs);
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(context, child, style, runs);
                }

                break;
            default:
                Add(runs, context.Source.SourceOf(inline), style);
                break;
        }
    }

    private static void AppendLink(PdfContext context, LinkInline link, TextStyle style, List<TextRun> runs)
    {
        var url = (link.GetDynamicUrl?.Invoke() ?? link.Url)?.Trim();
        switch (LinkPolicy.Classify(url))
        {
            case LinkKind.External:
            case LinkKind.Internal:
                var linkStyle = PdfContext.LinkStyle(style, url!);
                foreach (var child in link)
                {
                    Append(context, child, linkStyle, runs);
                }

                break;
            case LinkKind.Relative:
                // A path means nothing inside a PDF: show the text and the path it refers to.
                foreach (var child in link)
                {
                    Append(context, child, style, runs);
                }

                Add(runs, " (" + url + ")", style with { Color = context.Theme.MutedColor });
                break;
            default:
                Add(runs, context.Source.SourceOf(link), style);
                break;
        }
    }

    /// <summary>Bold for strong, italic for emphasis; strikethrough greys, inserted underlines, marked highlights.</summary>
    private static TextStyle Emphasize(TextStyle style, EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('~', 2) => style with { Color = new SKColor(0x88, 0x88, 0x88) },
        ('~', _) or ('^', _) => style,
        ('+', _) => style with { Underline = true },
        ('=', _) => style with { Background = new SKColor(0xFF, 0xF0, 0xA8) },
        (_, 2) => style with { Bold = true },
        _ => style with { Italic = true },
    };

    /// <summary>A soft line break is a space, except between two CJK characters, where Chinese puts none.</summary>
    private static string SoftBreak(Inline lineBreak)
    {
        var before = (lineBreak.PreviousSibling as LiteralInline)?.Content.ToString();
        var after = (lineBreak.NextSibling as LiteralInline)?.Content.ToString();
        return before is { Length: > 0 } && after is { Length: > 0 } && IsCjk(before[^1]) && IsCjk(after[0]) ? string.Empty : " ";
    }

    private static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    private static void Add(List<TextRun> runs, string text, TextStyle style)
    {
        if (text.Length > 0)
        {
            runs.Add(new TextRun(text, style));
        }
    }

    private static List<TextRun> Merge(List<TextRun> runs)
    {
        var merged = new List<TextRun>(runs.Count);
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Style == run.Style)
            {
                merged[^1] = new TextRun(merged[^1].Text + run.Text, run.Style);
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
