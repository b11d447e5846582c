namespace CapitalHealthReport.Pdf.Output;

/// <summary>One bookmark of the document outline: a heading's level, text and named destination.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Anchor);
