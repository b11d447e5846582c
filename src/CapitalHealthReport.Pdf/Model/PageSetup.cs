using SkiaSharp;

namespace CapitalHealthReport.Pdf.Model;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public static PageSize A4 { get; } = new(595.28f, 841.89f);

    public static PageSize Letter { get; } = new(612f, 792f);
}

/// <summary>Page margins in points.</summary>
public readonly record struct Margins(float Left, float Top, float Right, float Bottom)
{
    public static Margins All(float points) => new(points, points, points, points);
}

/// <summary>
/// A running header or footer line: left, centre and right templates. Placeholders: <c>{page}</c>,
/// <c>{pages}</c>, <c>{section}</c> (the first level-1 heading on the page, else the latest before it), <c>{title}</c>.
/// </summary>
public sealed record RunningText(string? Left = null, string? Center = null, string? Right = null)
{
    public static RunningText None { get; } = new();

    public bool IsEmpty => string.IsNullOrEmpty(Left) && string.IsNullOrEmpty(Center) && string.IsNullOrEmpty(Right);
}

/// <summary>Sizes and colours of the document's text and decorations.</summary>
public sealed record DocumentTheme
{
    public float BodySize { get; init; } = 10f;

    /// <summary>Heading sizes for levels 1–4.</summary>
    public IReadOnlyList<float> HeadingSizes { get; init; } = [20f, 15f, 12.5f, 11f];

    public SKColor HeadingColor { get; init; } = new(0x1F, 0x3A, 0x5F);

    public SKColor TextColor { get; init; } = new(0x22, 0x22, 0x22);

    public SKColor MutedColor { get; init; } = new(0x66, 0x66, 0x66);

    public SKColor RuleColor { get; init; } = new(0xC8, 0xCC, 0xD2);

    public SKColor TableHeaderBackground { get; init; } = new(0xE4, 0xE9, 0xF0);

    public SKColor ZebraBackground { get; init; } = new(0xF5, 0xF7, 0xFA);

    public float RunningTextSize { get; init; } = 8f;

    public static DocumentTheme Default { get; } = new();
}
