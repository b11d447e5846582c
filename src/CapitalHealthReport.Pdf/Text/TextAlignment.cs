namespace CapitalHealthReport.Pdf.Text;

/// <summary>Horizontal alignment of a line inside its box.</summary>
public enum TextAlignment
{
    /// <summary>Flush left (ragged right).</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Both edges flush: spaces and gaps between ideographs stretch; a paragraph's last line stays flush left.</summary>
    Justify,
}
