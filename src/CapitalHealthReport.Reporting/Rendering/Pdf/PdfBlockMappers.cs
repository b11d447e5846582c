using System.Globalization;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>The PDF document-model mappers, one per Markdown block type.</summary>
internal static class PdfBlockMappers
{
    public static readonly BlockMappers<PdfContext> All = new(
        [
            new PdfHeadingMapper(),
            new PdfParagraphMapper(),
            new PdfListMapper(),
            new PdfQuoteMapper(),
            new PdfAlertMapper(),
            new PdfTableMapper(),
            new PdfThematicBreakMapper(),
            new PdfCodeMapper(),
            new PdfFencedCodeMapper(),
            new PdfRawBlockMapper(),
            new PdfFrontMatterMapper(),
            new PdfLinkDefinitionsMapper(),
        ],
        Fallback);

    /// <summary>A monospaced block of literal text.</summary>
    public static PdfModel.Paragraph Monospaced(PdfContext context, string text) =>
        new([new TextRun(text.TrimEnd('\n', '\r'), context.CodeStyle)], TextAlignment.Left, 8f);

    private static void Fallback(Block block, PdfContext context)
    {
        if (block is ContainerBlock container)
        {
            All.MapChildren(container, context);
        }
        else if (block is LeafBlock leaf)
        {
            context.Add(new PdfModel.Paragraph([new TextRun(leaf.Lines.ToString(), context.Body)]));
        }
    }
}

/// <summary>Headings: a level-1 heading becomes the running header's section title, and starts a new page when the page-break rule says so.</summary>
internal sealed class PdfHeadingMapper : BlockMapper<HeadingBlock, PdfContext>
{
    protected override void Map(HeadingBlock block, PdfContext context)
    {
        if (block.Level == 1)
        {
            if (context.PageBreaks == PageBreakRule.BeforeChapter)
            {
                // The engine ignores a page break at the top of a page, so the first section does not leave a blank page.
                context.Add(new PdfModel.PageBreak());
            }

            context.SectionCount++;
        }

        var text = InlineText.Of(block.Inline);
        context.Add(new PdfModel.Heading(Math.Clamp(block.Level, 1, 4), text, context.Source.IdOf(block)));
    }
}

/// <summary>
/// Paragraphs: justified in Chinese; a paragraph right under a table (its source line) becomes the table's note and
/// stays on the page of its last rows; a paragraph right before a table or chart (its caption or lead-in) stays on the
/// page with it.
/// </summary>
internal sealed class PdfParagraphMapper : BlockMapper<ParagraphBlock, PdfContext>
{
    protected override void Map(ParagraphBlock block, PdfContext context)
    {
        var runs = PdfInlines.Runs(context, block.Inline, context.Body);
        if (runs.Count == 0)
        {
            return;
        }

        var paragraph = new PdfModel.Paragraph(runs, context.BodyAlignment);
        if (PdfFigures.IsTableNote(block) && context.Last is PdfModel.Table table && context.ReplaceLast(table, table with { Notes = [.. table.Notes, paragraph] }))
        {
            return;
        }

        context.Add(paragraph with { KeepWithNext = PdfFigures.IntroducesFigureOrTable(block) || PdfFigures.LeadsIntoList(block) });
    }
}

internal sealed class PdfListMapper : BlockMapper<ListBlock, PdfContext>
{
    protected override void Map(ListBlock block, PdfContext context)
    {
        var items = new List<IReadOnlyList<PdfModel.Block>>();
        foreach (var item in block.OfType<ListItemBlock>())
        {
            items.Add(context.Collect(() => PdfBlockMappers.All.MapChildren(item, context)));
        }

        var start = block.IsOrdered && int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        context.Add(new PdfModel.ListBlock(block.IsOrdered, items, start));
    }
}

internal sealed class PdfQuoteMapper : BlockMapper<QuoteBlock, PdfContext>
{
    protected override void Map(QuoteBlock block, PdfContext context) =>
        context.Add(new PdfModel.Quote(context.Collect(() => PdfBlockMappers.All.MapChildren(block, context))));
}

/// <summary>GitHub alerts become callouts: NOTE/TIP info, IMPORTANT/WARNING warning, CAUTION error.</summary>
internal sealed class PdfAlertMapper : BlockMapper<AlertBlock, PdfContext>
{
    protected override void Map(AlertBlock block, PdfContext context)
    {
        var kind = Callouts.KindOf(block);
        var title = CalloutTitle.Find(block);
        var blocks = context.Collect(() =>
        {
            foreach (var child in block)
            {
                if (title is not null && ReferenceEquals(child, title.Paragraph))
                {
                    if (!title.ParagraphIsOnlyTitle)
                    {
                        context.Add(new PdfModel.Paragraph(PdfInlines.Runs(context, title.Paragraph.Inline, context.Body, title.InlinesToSkip)));
                    }

                    continue;
                }

                PdfBlockMappers.All.Map(child, context);
            }
        });
        var level = Callouts.LevelOf(kind) switch
        {
            CalloutLevel.Warning => PdfModel.CalloutKind.Warning,
            CalloutLevel.Error => PdfModel.CalloutKind.Error,
            _ => PdfModel.CalloutKind.Info,
        };
        context.Add(new PdfModel.Callout(level, title?.Text ?? context.Strings.KindLabel(kind), blocks));
    }
}

/// <summary>Pipe tables: alignment from the separator row, else numeric columns right-aligned; the header repeats on each page.</summary>
internal sealed class PdfTableMapper : BlockMapper<Table, PdfContext>
{
    protected override void Map(Table block, PdfContext context)
    {
        var count = block.ColumnDefinitions.Count;
        var columns = new PdfModel.TableColumn[count];
        for (var c = 0; c < count; c++)
        {
            var alignment = block.ColumnDefinitions[c].Alignment switch
            {
                TableColumnAlign.Right => TextAlignment.Right,
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Left => TextAlignment.Left,
                _ => InlineText.IsNumericColumn(block, c) ? TextAlignment.Right : TextAlignment.Left,
            };
            columns[c] = PdfModel.TableColumn.Auto(alignment);
        }

        var header = new List<PdfModel.TableRow>();
        var body = new List<PdfModel.TableRow>();
        foreach (var row in block.OfType<TableRow>())
        {
            var cells = new PdfModel.TableCell[count];
            var style = row.IsHeader ? context.Body with { Bold = true } : context.Body;
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
                index++;
                if (column >= count)
                {
                    continue;
                }

                var paragraphs = cell.OfType<LeafBlock>()
                    .Select(leaf => (PdfModel.Block)new PdfModel.Paragraph(PdfInlines.Runs(context, leaf.Inline, style), null, 0f))
                    .ToArray();
                cells[column] = new PdfModel.TableCell(paragraphs);
            }

            for (var c = 0; c < count; c++)
            {
                cells[c] ??= new PdfModel.TableCell([]);
            }

            (row.IsHeader ? header : body).Add(new PdfModel.TableRow(cells));
        }

        context.Add(new PdfModel.Table(columns, header, body));
    }
}

internal sealed class PdfThematicBreakMapper : BlockMapper<ThematicBreakBlock, PdfContext>
{
    protected override void Map(ThematicBreakBlock block, PdfContext context) => context.Add(new PdfModel.HorizontalRule());
}

internal sealed class PdfCodeMapper : BlockMapper<CodeBlock, PdfContext>
{
    protected override void Map(CodeBlock block, PdfContext context) =>
        context.Add(PdfBlockMappers.Monospaced(context, block.Lines.ToString()));
}

/// <summary>
/// Fenced code: <c>```chart &lt;id&gt;</c> places a figure (the chart as vectors at the text width, with its caption),
/// <c>```chart &lt;id&gt; &lt;id&gt;</c> two figures side by side; any other fence is a monospaced block.
/// </summary>
internal sealed class PdfFencedCodeMapper : BlockMapper<FencedCodeBlock, PdfContext>
{
    protected override void Map(FencedCodeBlock block, PdfContext context)
    {
        if (!ChartFence.TryGetCharts(block, context.Source, context.Charts, out var specs))
        {
            context.Add(PdfBlockMappers.Monospaced(context, block.Lines.ToString()));
            return;
        }

        var figure = PdfFigures.Place(specs, context);
        if (PdfFigures.IsHalfWidth(specs) && context.LastHalfFigure is { } previous && context.ReplaceLast(previous, PdfFigures.Pair(previous, figure)))
        {
            // Two consecutive half-width charts sit side by side.
            context.LastHalfFigure = null;
            return;
        }

        context.Add(figure);
        context.LastHalfFigure = PdfFigures.IsHalfWidth(specs) ? figure : null;
    }
}

/// <summary>Raw HTML: the TOC and page-break markers act; any other HTML is shown as the text it is.</summary>
internal sealed class PdfRawBlockMapper : BlockMapper<HtmlBlock, PdfContext>
{
    protected override void Map(HtmlBlock block, PdfContext context)
    {
        switch (ReportMarkers.Of(block))
        {
            case ReportMarker.TableOfContents:
                context.Add(new PdfModel.TableOfContents(context.Strings.Contents, 2));
                break;
            case ReportMarker.PageBreak:
                context.Add(new PdfModel.PageBreak());
                break;
            default:
                context.Add(new PdfModel.Paragraph([new TextRun(block.Lines.ToString(), context.Body)]));
                break;
        }
    }
}

/// <summary>Front matter becomes the cover page (built separately), not content.</summary>
internal sealed class PdfFrontMatterMapper : BlockMapper<YamlFrontMatterBlock, PdfContext>
{
    protected override void Map(YamlFrontMatterBlock block, PdfContext context)
    {
    }
}

internal sealed class PdfLinkDefinitionsMapper : BlockMapper<LinkReferenceDefinitionGroup, PdfContext>
{
    protected override void Map(LinkReferenceDefinitionGroup block, PdfContext context)
    {
    }
}
