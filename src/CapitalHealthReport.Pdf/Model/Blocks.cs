using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Model;

/// <summary>A piece of document content; the layout engine turns each block into an element that paginates.</summary>
public abstract record Block;

/// <summary>A section heading (levels 1–4). Headings never end a page; levels 1–2 appear in the table of contents.</summary>
/// <param name="Level">1 (chapter) to 4.</param>
/// <param name="Text">The heading text.</param>
/// <param name="Anchor">Named destination for internal links (<c>#anchor</c>); generated when null.</param>
public sealed record Heading(int Level, string Text, string? Anchor = null) : Block;

/// <summary>A paragraph of styled runs.</summary>
/// <param name="Runs">The text runs (bold, italic, code, colour, size, links).</param>
/// <param name="Alignment">Alignment; null means left, or the table column's alignment inside a table cell.</param>
/// <param name="SpaceAfter">Vertical space after the paragraph, in points.</param>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs, TextAlignment? Alignment = null, float SpaceAfter = 6f) : Block
{
    /// <summary>Keep-with-next: the paragraph never ends a page (a caption or lead-in above a table or figure).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>A paragraph of one run in the given style (the document's body style when null).</summary>
    public static Paragraph Of(string text, TextStyle? style = null, TextAlignment? alignment = null) =>
        new([new TextRun(text, style ?? TextStyle.Default)], alignment);
}

/// <summary>A bulleted or numbered list; each item is a list of blocks (so items can hold nested lists).</summary>
public sealed record ListBlock(bool Ordered, IReadOnlyList<IReadOnlyList<Block>> Items, int Start = 1) : Block;

/// <summary>A block quotation: indented, with a grey bar on the left.</summary>
public sealed record Quote(IReadOnlyList<Block> Blocks) : Block;

/// <summary>The kind of a callout box, which sets its colours.</summary>
public enum CalloutKind
{
    Info,
    Warning,
    Error,
    Note,
}

/// <summary>A callout box: a coloured bar and tinted background around an optional title and blocks.</summary>
public sealed record Callout(CalloutKind Kind, string? Title, IReadOnlyList<Block> Blocks) : Block;

/// <summary>How a table column's width is decided.</summary>
public enum ColumnWidthKind
{
    /// <summary>A width in points.</summary>
    Fixed,

    /// <summary>A share of the width left after fixed and auto columns.</summary>
    Relative,

    /// <summary>Sized from the content: as wide as the widest cell unless the table must shrink.</summary>
    Auto,
}

/// <summary>A table column: width rule and the alignment of its cells' paragraphs.</summary>
public sealed record TableColumn(ColumnWidthKind Kind, float Value = 1f, TextAlignment Alignment = TextAlignment.Left)
{
    public static TableColumn Fixed(float points, TextAlignment alignment = TextAlignment.Left) => new(ColumnWidthKind.Fixed, points, alignment);

    public static TableColumn Relative(float weight = 1f, TextAlignment alignment = TextAlignment.Left) => new(ColumnWidthKind.Relative, weight, alignment);

    public static TableColumn Auto(TextAlignment alignment = TextAlignment.Left) => new(ColumnWidthKind.Auto, 0f, alignment);
}

/// <summary>A table cell: any blocks (paragraphs, lists, images…).</summary>
public sealed record TableCell(IReadOnlyList<Block> Blocks)
{
    /// <summary>A cell holding one plain paragraph.</summary>
    public static TableCell Text(string text, TextStyle? style = null) => new([Paragraph.Of(text, style) with { SpaceAfter = 0f }]);
}

/// <summary>A table row: one cell per column.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public static TableRow Of(params string[] texts) => new(texts.Select(t => TableCell.Text(t)).ToArray());
}

/// <summary>
/// A table. Header rows repeat at the top of every page the table spans; body rows move whole to the next page
/// and split between lines only when a row is taller than a page. A break leaves at least two body rows on each side
/// (a table too short for that moves whole), and the notes stay on the page of the last rows.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows, bool Zebra = true) : Block
{
    /// <summary>Blocks set under the table, as wide as it (its source line): they stay on the page of its last rows.</summary>
    public IReadOnlyList<Block> Notes { get; init; } = [];
}

/// <summary>A PNG or JPEG image drawn at the given width in points (scaled down to fit the page).</summary>
/// <param name="Data">The encoded image.</param>
/// <param name="Width">Width in points.</param>
/// <param name="Source">Where the image came from, for error messages.</param>
public sealed record ImageBlock(ReadOnlyMemory<byte> Data, float Width, string? Source = null) : Block;

/// <summary>
/// A ScottPlot chart drawn as vectors in the document's fonts, <paramref name="Width"/> × <paramref name="Height"/> points;
/// a width of 0 takes the width of the column it is placed in (the text width, or a side-by-side column) and a height of 0
/// follows from <see cref="Aspect"/>.
/// </summary>
public sealed record ChartBlock(ScottPlot.Plot Plot, float Width, float Height) : Block
{
    /// <summary>Width divided by height, used when <see cref="Height"/> is 0.</summary>
    public float Aspect { get; init; } = 16f / 9f;

    /// <summary>A chart as wide as its column, <paramref name="aspect"/> (width ÷ height) deciding its height.</summary>
    public static ChartBlock FullWidth(ScottPlot.Plot plot, float aspect) => new(plot, 0f, 0f) { Aspect = aspect };
}

/// <summary>
/// Blocks that move to the next page together rather than split, unless together they are taller than a page: a figure
/// with its caption and source line.
/// </summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;

/// <summary>
/// Columns of equal width placed side by side (two charts that belong together), <paramref name="Gap"/> points apart; the
/// row is kept together like a figure.
/// </summary>
public sealed record SideBySide(IReadOnlyList<IReadOnlyList<Block>> Columns, float Gap = 14f) : Block;

/// <summary>A thin horizontal line across the content width.</summary>
public sealed record HorizontalRule : Block;

/// <summary>Starts a new page (does nothing at the top of a page).</summary>
public sealed record PageBreak : Block;

/// <summary>Vertical space in points (truncated at the foot of a page).</summary>
public sealed record Spacer(float Height) : Block;

/// <summary>A table of contents: headings up to <paramref name="MaxLevel"/> with dotted leaders, page numbers and links.</summary>
public sealed record TableOfContents(string? Title = null, int MaxLevel = 2) : Block;
