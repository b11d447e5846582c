using SkiaSharp;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>How a run of text looks: size, weight, slant, face kind, colours, decoration and link. Immutable; derive with <c>with</c>.</summary>
public sealed record TextStyle
{
    /// <summary>10 pt black regular text with 1.35 line height.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>Font size in points.</summary>
    public float Size { get; init; } = 10f;

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>Set in the monospaced face (inline code).</summary>
    public bool Code { get; init; }

    public SKColor Color { get; init; } = SKColors.Black;

    /// <summary>Fill behind the glyphs (e.g. inline code shading); none when null.</summary>
    public SKColor? Background { get; init; }

    public bool Underline { get; init; }

    /// <summary>External URI, or <c>#name</c> for an internal destination; none when null.</summary>
    public string? Link { get; init; }

    /// <summary>Line box height as a multiple of <see cref="Size"/>.</summary>
    public float LineHeight { get; init; } = 1.35f;
}
