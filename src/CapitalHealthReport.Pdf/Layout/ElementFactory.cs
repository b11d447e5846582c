using System.Globalization;
using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Model;
using CapitalHealthReport.Pdf.Text;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>Turns the document model's blocks into layout elements: shapes text, decodes images, prepares charts.</summary>
internal sealed class ElementFactory
{
    private const float ListIndent = 16f;
    private const float OrderedListIndent = 22f;

    private readonly FontSet _fonts;
    private readonly DocumentTheme _theme;
    private readonly Dictionary<Heading, string> _anchors = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Heading Heading, string Anchor)> _headings = [];

    // Shaped single-run texts: tables repeat the same short cell texts many times.
    private readonly Dictionary<TextRun, TextBlock> _shaped = [];

    // The width of the column blocks are placed in: the text width, or a side-by-side column's.
    private float _width;

    public ElementFactory(FontSet fonts, DocumentTheme theme, IEnumerable<Block> allBlocks, float contentWidth)
    {
        _fonts = fonts;
        _theme = theme;
        _width = contentWidth;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Walk(allBlocks).OfType<Heading>())
        {
            var anchor = string.IsNullOrWhiteSpace(heading.Anchor)
                ? "section-" + (_headings.Count + 1).ToString(CultureInfo.InvariantCulture)
                : heading.Anchor!;
            var unique = anchor;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = anchor + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            if (_anchors.TryAdd(heading, unique))
            {
                _headings.Add((heading, unique));
            }
        }
    }

    /// <summary>
    /// Whether some element reads the previous pass's page numbers (a table of contents). Running headers and footers
    /// also do, but they sit in the margins and never move content, so they only need their final text shaped.
    /// </summary>
    public bool ReadsPreviousPass { get; private set; }

    /// <summary>Charts created so far (their strings are recorded before the first layout pass).</summary>
    public List<ChartElement> Charts { get; } = [];

    public TextStyle BodyStyle => TextStyle.Default with { Size = _theme.BodySize, Color = _theme.TextColor };

    public ColumnElement Column(IEnumerable<Block> blocks, TextAlignment? cellAlignment = null, int listDepth = 0) =>
        new(blocks.Select(block => Create(block, cellAlignment, listDepth)).ToArray());

    public Element Create(Block block, TextAlignment? cellAlignment = null, int listDepth = 0) => block switch
    {
        Heading heading => CreateHeading(heading),
        Paragraph paragraph => new ParagraphElement(Shape(paragraph.Runs), paragraph.Alignment ?? cellAlignment ?? TextAlignment.Left)
        {
            SpaceAfter = paragraph.SpaceAfter,
            KeepWithNext = paragraph.KeepWithNext,
        },
        KeepTogether group => new ColumnElement(group.Blocks.Select(b => Create(b, cellAlignment, listDepth)).ToArray())
        {
            SpaceAfter = 8f,
            KeepTogetherShare = Element.WholePage,
        },
        SideBySide row => CreateRow(row, listDepth),
        ListBlock list => CreateList(list, listDepth),
        Quote quote => new BoxElement(Column(quote.Blocks, cellAlignment, listDepth), 6f, 3f, _theme.RuleColor, null)
        {
            SpaceAfter = 8f,
            KeepTogetherShare = Element.SmallBlock,
        },
        Callout callout => CreateCallout(callout, listDepth),
        Table table => CreateTable(table),
        ImageBlock image => new ImageElement(DecodeImage(image), image.Width) { SpaceAfter = 8f },
        ChartBlock chart => CreateChart(chart),
        HorizontalRule => new RuleElement(_theme.RuleColor) { SpaceAfter = 4f },
        PageBreak => new PageBreakElement(),
        Spacer spacer => new SpacerElement(spacer.Height),
        TableOfContents toc => CreateToc(toc),
        _ => throw new ArgumentException($"Unsupported block type {block.GetType().Name}.", nameof(block)),
    };

    private TextBlock Shape(IReadOnlyList<TextRun> runs)
    {
        if (runs.Count != 1 || runs[0].Text.Length > 64)
        {
            return _fonts.Shape(runs);
        }

        if (!_shaped.TryGetValue(runs[0], out var block))
        {
            block = _fonts.Shape(runs);
            _shaped[runs[0]] = block;
        }

        return block;
    }

    private ParagraphElement CreateHeading(Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 4);
        var style = HeadingStyle(level);
        return new ParagraphElement(_fonts.Shape([new TextRun(heading.Text, style)]), TextAlignment.Left)
        {
            Heading = new HeadingTarget(level, _anchors[heading]),
            KeepWithNext = true,
            SpaceBefore = level == 1 ? 14f : 10f,
            SpaceAfter = level == 1 ? 8f : 5f,
        };
    }

    private TextStyle HeadingStyle(int level)
    {
        var sizes = _theme.HeadingSizes;
        var size = sizes.Count >= level ? sizes[level - 1] : _theme.BodySize;
        return TextStyle.Default with { Size = size, Bold = true, Color = _theme.HeadingColor, LineHeight = 1.25f };
    }

    private ColumnElement CreateList(ListBlock list, int depth)
    {
        var indent = list.Ordered ? OrderedListIndent : ListIndent;
        var items = new List<Element>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered
                ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "."
                : depth % 2 == 0 ? "\u2022" : "\u2013";
            var markerElement = new ParagraphElement(Shape([new TextRun(marker, BodyStyle)]), TextAlignment.Right);
            items.Add(new ListItemElement(markerElement, Column(list.Items[i], null, depth + 1), indent) { SpaceAfter = 2f });
        }

        return new ColumnElement(items) { SpaceAfter = 6f, KeepTogetherShare = Element.SmallBlock };
    }

    private BoxElement CreateCallout(Callout callout, int depth)
    {
        var (bar, background) = callout.Kind switch
        {
            CalloutKind.Warning => (new SKColor(0xD9, 0x8E, 0x04), new SKColor(0xFF, 0xF6, 0xE0)),
            CalloutKind.Error => (new SKColor(0xC6, 0x28, 0x28), new SKColor(0xFD, 0xEC, 0xEA)),
            CalloutKind.Note => (new SKColor(0x6A, 0x5A, 0xCD), new SKColor(0xF1, 0xEF, 0xFC)),
            _ => (new SKColor(0x1E, 0x6F, 0xD9), new SKColor(0xE8, 0xF1, 0xFC)),
        };
        var children = new List<Element>();
        if (!string.IsNullOrEmpty(callout.Title))
        {
            var titleStyle = BodyStyle with { Bold = true, Color = bar };
            children.Add(new ParagraphElement(_fonts.Shape([new TextRun(callout.Title, titleStyle)]), TextAlignment.Left) { SpaceAfter = 3f });
        }

        children.AddRange(callout.Blocks.Select(block => Create(block, null, depth)));
        return new BoxElement(new ColumnElement(children), 7f, 3f, bar, background) { SpaceAfter = 8f, KeepTogetherShare = Element.SmallBlock };
    }

    private TableElement CreateTable(Table table)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }

        Element[] Row(TableRow row, bool header)
        {
            var cells = new Element[table.Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                var blocks = c < row.Cells.Count ? row.Cells[c].Blocks : [];
                if (header)
                {
                    blocks = blocks.Select(block => block is Paragraph p ? p with { Runs = p.Runs.Select(r => r with { Style = r.Style with { Bold = true } }).ToArray() } : block).ToArray();
                }

                // A cell of one paragraph (the usual case) is that paragraph: a column of one child measures and
                // draws exactly as the child does, at the cost of a plan per cell and page.
                cells[c] = blocks.Count == 1 && blocks[0] is Paragraph
                    ? Create(blocks[0], table.Columns[c].Alignment)
                    : Column(blocks, table.Columns[c].Alignment);
            }

            return cells;
        }

        var colors = new TableColors(_theme.TableHeaderBackground, _theme.ZebraBackground, _theme.RuleColor, table.Zebra);
        var notes = table.Notes.Select(block => Create(block)).ToArray();
        var note = notes.Length switch
        {
            0 => null,
            1 => notes[0],
            _ => new ColumnElement(notes),
        };
        return new TableElement(table.Columns, table.HeaderRows.Select(r => Row(r, true)).ToArray(), table.Rows.Select(r => Row(r, false)).ToArray(), colors, note)
        {
            // What follows a note keeps the note's distance (as it would after the same paragraph outside a table).
            SpaceAfter = notes.Length == 0 ? TableElement.GapBelow : notes[^1].SpaceAfter,

            // A table of a few rows reads whole: below other content it moves to the next page rather than split.
            KeepTogetherShare = Element.SmallBlock,
        };
    }

    private RowElement CreateRow(SideBySide row, int listDepth)
    {
        if (row.Columns.Count == 0 || !float.IsFinite(row.Gap) || row.Gap < 0f)
        {
            throw new ArgumentException("A side-by-side row needs at least one column and a gap of zero or more points.", nameof(row));
        }

        var outer = _width;
        _width = RowElement.ColumnWidth(outer, row.Columns.Count, row.Gap);
        try
        {
            var columns = row.Columns.Select(blocks => (Element)Column(blocks, null, listDepth)).ToArray();
            return new RowElement(columns, row.Gap) { SpaceAfter = 8f, KeepTogetherShare = Element.WholePage };
        }
        finally
        {
            _width = outer;
        }
    }

    private ChartElement CreateChart(ChartBlock chart)
    {
        var width = chart.Width > 0f ? chart.Width : _width;
        var height = chart.Height > 0f ? chart.Height : chart.Aspect > 0f && float.IsFinite(chart.Aspect) ? width / chart.Aspect : 0f;
        if (!float.IsFinite(width) || !float.IsFinite(height) || width <= 0f || height <= 0f)
        {
            throw new ArgumentException("A chart needs a positive width and height (or a width of 0 and a positive aspect).", nameof(chart));
        }

        var element = new ChartElement(chart.Plot, width, height) { SpaceAfter = 8f, KeepTogetherShare = Element.SmallBlock };
        Charts.Add(element);
        return element;
    }

    private ColumnElement CreateToc(TableOfContents toc)
    {
        ReadsPreviousPass = true;
        var children = new List<Element>();
        if (!string.IsNullOrEmpty(toc.Title))
        {
            children.Add(new ParagraphElement(_fonts.Shape([new TextRun(toc.Title, HeadingStyle(1))]), TextAlignment.Left) { SpaceAfter = 10f, KeepWithNext = true });
        }

        foreach (var (heading, anchor) in _headings.Where(h => h.Heading.Level <= toc.MaxLevel))
        {
            var level = Math.Clamp(heading.Level, 1, 4);
            var style = level == 1 ? BodyStyle with { Bold = true } : BodyStyle;
            var text = new ParagraphElement(_fonts.Shape([new TextRun(heading.Text, style)]), TextAlignment.Left);
            children.Add(new TocEntryElement(text, anchor, level, style, _theme.MutedColor) { SpaceAfter = level == 1 ? 4f : 2f, SpaceBefore = level == 1 ? 4f : 0f });
        }

        return new ColumnElement(children) { SpaceAfter = 12f };
    }

    private static SKImage DecodeImage(ImageBlock image)
    {
        var where = image.Source ?? "an image block";
        if (image.Width <= 0f)
        {
            throw new InputException($"The image width must be positive (got {image.Width.ToString(CultureInfo.InvariantCulture)}).", image.Source, hint: "Give the width in points, e.g. 400.");
        }

        using var data = SKData.CreateCopy(image.Data.Span);
        using var codec = SKCodec.Create(data);
        if (codec is null || (codec.EncodedFormat != SKEncodedImageFormat.Png && codec.EncodedFormat != SKEncodedImageFormat.Jpeg))
        {
            throw new InputException($"The image in {where} is not a readable PNG or JPEG file.", image.Source, hint: "Convert it to PNG or JPEG.");
        }

        return SKImage.FromEncodedData(data)
            ?? throw new InputException($"The image in {where} could not be decoded.", image.Source, hint: "Re-save it as PNG or JPEG.");
    }

    private static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                ListBlock list => list.Items.SelectMany(item => item),
                Quote quote => quote.Blocks,
                Callout callout => callout.Blocks,
                Table table => table.HeaderRows.Concat(table.Rows).SelectMany(row => row.Cells).SelectMany(cell => cell.Blocks).Concat(table.Notes),
                KeepTogether group => group.Blocks,
                SideBySide row => row.Columns.SelectMany(column => column),
                _ => [],
            };
            foreach (var child in Walk(children))
            {
                yield return child;
            }
        }
    }
}
