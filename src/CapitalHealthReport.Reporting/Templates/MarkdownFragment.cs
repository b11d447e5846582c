namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Markdown that a report function built on purpose (a table, a chart block, a callout) and that the
/// template layer writes unescaped. Data values never become fragments except through
/// <see cref="MarkdownText.Escape"/>, so hostile data cannot change the document's structure.
/// </summary>
public sealed record MarkdownFragment(string Markdown)
{
    public override string ToString() => Markdown;
}
