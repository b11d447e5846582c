namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// A font file that cannot be used (missing, unreadable, not a font). An <see cref="IOException"/>, so that the command
/// line prints its one-line message, which names the file and says what to do, without a stack trace.
/// </summary>
public sealed class FontFileException : IOException
{
    public FontFileException(string path, string problem, Exception? innerException = null)
        : base(
            $"{path}: the font file {problem} Name a TrueType (.ttf), OpenType (.otf) or collection (.ttc, as file.ttc#N) font; "
                + "for a bundled font, reinstall the product (the fonts are embedded in CapitalHealthReport.Fonts.dll).",
            innerException)
    {
        FilePath = path;
    }

    public FontFileException()
        : this(string.Empty, "is not usable.")
    {
    }

    public FontFileException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    public FontFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>The font file at fault.</summary>
    public string FilePath { get; }
}
