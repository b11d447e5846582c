using CapitalHealthReport.Pdf.Text;

namespace CapitalHealthReport.Pdf.Model;

/// <summary>Fluent builder of a <see cref="PdfDocumentModel"/>.</summary>
/// <example>
/// <code>
/// var model = new DocumentBuilder()
///     .Metadata(new DocumentMetadata { Title = "Capital health", Created = asOf, Modified = asOf })
///     .Footer(new RunningText(Center: "第 {page} 页，共 {pages} 页"))
///     .Heading(1, "Summary")
///     .Paragraph("Deal count fell 16% year on year.")
///     .Build();
/// </code>
/// </example>
public sealed class DocumentBuilder
{
    private readonly List<Block> _content = [];
    private readonly List<Block> _cover = [];
    private PdfDocumentModel _model = new();

    public DocumentBuilder PageSize(PageSize size)
    {
        _model = _model with { PageSize = size };
        return this;
    }

    public DocumentBuilder Margins(Margins margins)
    {
        _model = _model with { Margins = margins };
        return this;
    }

    public DocumentBuilder Margins(float points) => Margins(Model.Margins.All(points));

    public DocumentBuilder Metadata(DocumentMetadata metadata)
    {
        _model = _model with { Metadata = metadata };
        return this;
    }

    public DocumentBuilder Theme(DocumentTheme theme)
    {
        _model = _model with { Theme = theme };
        return this;
    }

    public DocumentBuilder Header(RunningText header)
    {
        _model = _model with { Header = header };
        return this;
    }

    public DocumentBuilder Footer(RunningText footer)
    {
        _model = _model with { Footer = footer };
        return this;
    }

    /// <summary>Adds blocks to the cover page (no header or footer; the content starts on a new page).</summary>
    public DocumentBuilder Cover(params Block[] blocks)
    {
        _cover.AddRange(blocks);
        return this;
    }

    public DocumentBuilder Add(Block block)
    {
        _content.Add(block);
        return this;
    }

    public DocumentBuilder Add(IEnumerable<Block> blocks)
    {
        _content.AddRange(blocks);
        return this;
    }

    public DocumentBuilder Heading(int level, string text, string? anchor = null) => Add(new Heading(level, text, anchor));

    public DocumentBuilder Paragraph(string text, TextAlignment? alignment = null) => Add(Model.Paragraph.Of(text, null, alignment));

    public DocumentBuilder Paragraph(IReadOnlyList<TextRun> runs, TextAlignment? alignment = null, float spaceAfter = 6f) =>
        Add(new Paragraph(runs, alignment, spaceAfter));

    public DocumentBuilder TableOfContents(string? title = null, int maxLevel = 2) => Add(new TableOfContents(title, maxLevel));

    public DocumentBuilder PageBreak() => Add(new PageBreak());

    public PdfDocumentModel Build() => _model with { Content = _content.ToArray(), Cover = _cover.ToArray() };
}
