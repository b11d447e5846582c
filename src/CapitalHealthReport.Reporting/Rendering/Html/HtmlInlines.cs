using CapitalHealthReport.Reporting.Rendering.Markdown;
using Markdig.Syntax.Inlines;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>Writes inline Markdown (emphasis, code, links, line breaks) as escaped HTML; raw HTML stays text.</summary>
internal static class HtmlInlines
{
    public static void Write(HtmlContext context, ContainerInline? container, int skip = 0)
    {
        if (container is null)
        {
            return;
        }

        var index = 0;
        foreach (var inline in container)
        {
            if (index++ < skip)
            {
                continue;
            }

            Write(context, inline);
        }
    }

    private static void Write(HtmlContext context, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                context.Text(literal.Content.ToString());
                break;
            case CodeInline code:
                context.Write("<code>").Text(code.Content).Write("</code>");
                break;
            case LineBreakInline lineBreak:
                context.Write(lineBreak.IsHard ? "<br />" : "\n");
                break;
            case HtmlInline html:
                context.Text(html.Tag);
                break;
            case HtmlEntityInline entity:
                context.Text(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                WriteLink(context, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, null, () => context.Text(autolink.Url), autolink);
                break;
            case LinkInline { IsImage: true } image:
                // Images are not part of the report dialect: the source stays visible as text.
                context.Text(context.Source.SourceOf(image));
                break;
            case LinkInline link:
                WriteLink(context, link.GetDynamicUrl?.Invoke() ?? link.Url, link.Title, () => Write(context, link), link);
                break;
            case EmphasisInline emphasis:
                var tag = TagOf(emphasis);
                context.Write("<" + tag + ">");
                Write(context, emphasis);
                context.Write("</" + tag + ">");
                break;
            case ContainerInline container:
                Write(context, container);
                break;
            default:
                context.Text(context.Source.SourceOf(inline));
                break;
        }
    }

    private static void WriteLink(HtmlContext context, string? url, string? title, Action content, Inline node)
    {
        switch (LinkPolicy.Classify(url))
        {
            case LinkKind.External:
                context.Write("<a href=\"").Text(url!.Trim()).Write("\"");
                break;
            case LinkKind.Internal when context.HasAnchor(url!.Trim()[1..]):
                context.Write("<a href=\"").Text(url!.Trim()).Write("\"");
                break;
            case LinkKind.Internal:
            case LinkKind.Relative:
                // A path beside the report's source (docs/rules/…) or an anchor the page lacks would be a broken link
                // in a page that travels on its own: the reader gets the link's text.
                content();
                return;
            default:
                context.Text(context.Source.SourceOf(node));
                return;
        }

        if (!string.IsNullOrEmpty(title))
        {
            context.Write(" title=\"").Text(title).Write("\"");
        }

        context.Write(">");
        content();
        context.Write("</a>");
    }

    /// <summary>The element for an emphasis: <c>*</c>/<c>_</c> em or strong, <c>~~</c> del, <c>~</c> sub, <c>^</c> sup, <c>++</c> ins, <c>==</c> mark.</summary>
    internal static string TagOf(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('~', 2) => "del",
        ('~', _) => "sub",
        ('^', _) => "sup",
        ('+', _) => "ins",
        ('=', _) => "mark",
        (_, 2) => "strong",
        _ => "em",
    };
}
