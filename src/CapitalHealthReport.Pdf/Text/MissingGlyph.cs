namespace CapitalHealthReport.Pdf.Text;

/// <summary>A character that no bundled or user-named font can draw, with a snippet of the text around it (for the report to the user).</summary>
public sealed record MissingGlyph(int CodePoint, string Context)
{
    /// <summary>The code point as <c>U+XXXX</c>.</summary>
    public string CodePointLabel => "U+" + CodePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
