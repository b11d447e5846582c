namespace CapitalHealthReport.Pdf.Model;

/// <summary>
/// A complete document description: page setup, metadata, running header and footer, optional cover and the
/// content blocks. Built with <see cref="DocumentBuilder"/>; laid out with <see cref="PdfDocument.Layout"/>.
/// </summary>
public sealed record PdfDocumentModel
{
    public PageSize PageSize { get; init; } = PageSize.A4;

    public Margins Margins { get; init; } = Margins.All(56f);

    public DocumentMetadata Metadata { get; init; } = new();

    public DocumentTheme Theme { get; init; } = DocumentTheme.Default;

    public RunningText Header { get; init; } = new(Left: "{title}", Right: "{section}");

    public RunningText Footer { get; init; } = new(Center: "Page {page} of {pages}");

    /// <summary>Blocks of the cover page(s), drawn without header and footer; empty for no cover.</summary>
    public IReadOnlyList<Block> Cover { get; init; } = [];

    public IReadOnlyList<Block> Content { get; init; } = [];
}
