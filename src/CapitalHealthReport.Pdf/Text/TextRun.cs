namespace CapitalHealthReport.Pdf.Text;

/// <summary>A piece of text in one style; a paragraph is a list of runs. A <c>\n</c> inside the text is a hard line break.</summary>
public sealed record TextRun(string Text, TextStyle Style);
