using System.Globalization;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>The HTML mappers, one per Markdown block type.</summary>
internal static class HtmlBlockMappers
{
    public static readonly BlockMappers<HtmlContext> All = new(
        [
            new HtmlHeadingMapper(),
            new HtmlParagraphMapper(),
            new HtmlListMapper(),
            new HtmlQuoteMapper(),
            new HtmlAlertMapper(),
            new HtmlTableMapper(),
            new HtmlThematicBreakMapper(),
            new HtmlCodeMapper(),
            new HtmlFencedCodeMapper(),
            new HtmlRawBlockMapper(),
            new HtmlFrontMatterMapper(),
            new HtmlLinkDefinitionsMapper(),
        ],
        Fallback);

    /// <summary>Blocks outside the dialect: containers render their children, leaves their source as text.</summary>
    private static void Fallback(Block block, HtmlContext context)
    {
        if (block is ContainerBlock container)
        {
            All.MapChildren(container, context);
        }
        else if (block is LeafBlock leaf)
        {
            context.Write("<p>").Text(leaf.Lines.ToString()).Write("</p>\n");
        }
    }
}

internal sealed class HtmlHeadingMapper : BlockMapper<HeadingBlock, HtmlContext>
{
    protected override void Map(HeadingBlock block, HtmlContext context)
    {
        var level = Math.Clamp(block.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        if (block.Level == 1)
        {
            if (context.SectionOpen)
            {
                context.Write("</section>\n");
            }

            context.Write("<section>\n");
            context.SectionOpen = true;
        }

        context.Write("<h" + level + " id=\"").Text(context.Source.IdOf(block)).Write("\">");
        HtmlInlines.Write(context, block.Inline);
        context.Write("</h" + level + ">\n");
    }
}

internal sealed class HtmlParagraphMapper : BlockMapper<ParagraphBlock, HtmlContext>
{
    protected override void Map(ParagraphBlock block, HtmlContext context)
    {
        context.Write("<p>");
        HtmlInlines.Write(context, block.Inline);
        context.Write("</p>\n");
    }
}

internal sealed class HtmlListMapper : BlockMapper<ListBlock, HtmlContext>
{
    protected override void Map(ListBlock block, HtmlContext context)
    {
        if (block.IsOrdered)
        {
            context.Write("<ol");
            if (int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) && start != 1)
            {
                context.Write(" start=\"" + start.ToString(CultureInfo.InvariantCulture) + "\"");
            }

            context.Write(">\n");
        }
        else
        {
            context.Write("<ul>\n");
        }

        foreach (var item in block.OfType<ListItemBlock>())
        {
            context.Write("<li>");

            // A tight list item holds one paragraph: write its text without <p>, as Markdown renderers do.
            if (!block.IsLoose && item.Count == 1 && item[0] is ParagraphBlock only)
            {
                HtmlInlines.Write(context, only.Inline);
            }
            else
            {
                foreach (var child in item)
                {
                    if (!block.IsLoose && child is ParagraphBlock paragraph)
                    {
                        HtmlInlines.Write(context, paragraph.Inline);
                        context.Write("\n");
                    }
                    else
                    {
                        HtmlBlockMappers.All.Map(child, context);
                    }
                }
            }

            context.Write("</li>\n");
        }

        context.Write(block.IsOrdered ? "</ol>\n" : "</ul>\n");
    }
}

internal sealed class HtmlQuoteMapper : BlockMapper<QuoteBlock, HtmlContext>
{
    protected override void Map(QuoteBlock block, HtmlContext context)
    {
        context.Write("<blockquote>\n");
        HtmlBlockMappers.All.MapChildren(block, context);
        context.Write("</blockquote>\n");
    }
}

internal sealed class HtmlAlertMapper : BlockMapper<AlertBlock, HtmlContext>
{
    protected override void Map(AlertBlock block, HtmlContext context)
    {
        var kind = Callouts.KindOf(block);
        var level = Callouts.LevelOf(kind).ToString().ToLowerInvariant();
        var title = CalloutTitle.Find(block);
        context.Write("<aside class=\"callout callout-" + level + "\" role=\"note\">\n<p class=\"callout-title\">")
            .Text(title?.Text ?? context.Strings.KindLabel(kind))
            .Write("</p>\n");
        foreach (var child in block)
        {
            if (title is not null && ReferenceEquals(child, title.Paragraph))
            {
                if (!title.ParagraphIsOnlyTitle)
                {
                    context.Write("<p>");
                    HtmlInlines.Write(context, title.Paragraph.Inline, title.InlinesToSkip);
                    context.Write("</p>\n");
                }

                continue;
            }

            HtmlBlockMappers.All.Map(child, context);
        }

        context.Write("</aside>\n");
    }
}

internal sealed class HtmlTableMapper : BlockMapper<Table, HtmlContext>
{
    protected override void Map(Table block, HtmlContext context)
    {
        var columns = block.ColumnDefinitions.Count;
        var alignments = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            alignments[c] = block.ColumnDefinitions[c].Alignment switch
            {
                TableColumnAlign.Right => "right",
                TableColumnAlign.Center => "center",
                TableColumnAlign.Left => "left",
                _ => InlineText.IsNumericColumn(block, c) ? "right" : "left",
            };
        }

        context.Write("<table>\n");
        var inBody = false;
        var headerOpen = false;
        foreach (var row in block.OfType<TableRow>())
        {
            if (row.IsHeader && !headerOpen && !inBody)
            {
                context.Write("<thead>\n");
                headerOpen = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                if (headerOpen)
                {
                    context.Write("</thead>\n");
                    headerOpen = false;
                }

                context.Write("<tbody>\n");
                inBody = true;
            }

            var cellTag = row.IsHeader ? "th" : "td";
            context.Write("<tr>");
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
                var align = column < columns ? alignments[column] : "left";
                context.Write("<" + cellTag + " class=\"" + align + "\">");
                foreach (var leaf in cell.OfType<LeafBlock>())
                {
                    HtmlInlines.Write(context, leaf.Inline);
                }

                context.Write("</" + cellTag + ">");
                index++;
            }

            context.Write("</tr>\n");
        }

        if (headerOpen)
        {
            context.Write("</thead>\n");
        }

        if (inBody)
        {
            context.Write("</tbody>\n");
        }

        context.Write("</table>\n");
    }
}

internal sealed class HtmlThematicBreakMapper : BlockMapper<ThematicBreakBlock, HtmlContext>
{
    protected override void Map(ThematicBreakBlock block, HtmlContext context) => context.Write("<hr />\n");
}

/// <summary>Indented code: a monospaced block.</summary>
internal sealed class HtmlCodeMapper : BlockMapper<CodeBlock, HtmlContext>
{
    protected override void Map(CodeBlock block, HtmlContext context) =>
        context.Write("<pre><code>").Text(block.Lines.ToString()).Write("</code></pre>\n");
}

/// <summary>Fenced code: <c>```chart &lt;id&gt;</c> places a chart, any other fence is a monospaced block.</summary>
internal sealed class HtmlFencedCodeMapper : BlockMapper<FencedCodeBlock, HtmlContext>
{
    protected override void Map(FencedCodeBlock block, HtmlContext context)
    {
        if (ChartFence.TryGetChart(block, context.Source, context.Charts, out var spec))
        {
            HtmlCharts.Write(context, spec);
            return;
        }

        context.Write("<pre><code>").Text(block.Lines.ToString()).Write("</code></pre>\n");
    }
}

/// <summary>Raw HTML: the two markers act, everything else is shown as the text it is.</summary>
internal sealed class HtmlRawBlockMapper : BlockMapper<HtmlBlock, HtmlContext>
{
    protected override void Map(HtmlBlock block, HtmlContext context)
    {
        switch (ReportMarkers.Of(block))
        {
            case ReportMarker.TableOfContents:
                HtmlReportWriter.WriteTableOfContents(context);
                break;
            case ReportMarker.PageBreak:
                context.Write("<div class=\"page-break\"></div>\n");
                break;
            default:
                context.Write("<p class=\"literal\">").Text(block.Lines.ToString()).Write("</p>\n");
                break;
        }
    }
}

/// <summary>Front matter is drawn as the cover header, not in place.</summary>
internal sealed class HtmlFrontMatterMapper : BlockMapper<YamlFrontMatterBlock, HtmlContext>
{
    protected override void Map(YamlFrontMatterBlock block, HtmlContext context)
    {
    }
}

/// <summary>Link reference definitions produce no output.</summary>
internal sealed class HtmlLinkDefinitionsMapper : BlockMapper<LinkReferenceDefinitionGroup, HtmlContext>
{
    protected override void Map(LinkReferenceDefinitionGroup block, HtmlContext context)
    {
    }
}
