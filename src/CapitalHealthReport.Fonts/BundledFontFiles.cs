using System.Reflection;

namespace CapitalHealthReport.Fonts;

/// <summary>
/// The font files bundled with the product, embedded in this assembly: each is opened as a read-only stream over the
/// assembly's mapped image, so reading a 10 MB face copies nothing. The licence texts travel the same way.
/// </summary>
public static class BundledFontFiles
{
    private const string Prefix = "fonts/";

    private static readonly Assembly Assembly = typeof(BundledFontFiles).Assembly;

    /// <summary>File names of every embedded font (<c>.ttf</c>), ordinal order.</summary>
    public static IReadOnlyList<string> FontNames { get; } = Names(".ttf");

    /// <summary>File names of the licence texts (<c>.txt</c>), ordinal order.</summary>
    public static IReadOnlyList<string> LicenceNames { get; } = Names(".txt");

    /// <summary>Opens a bundled file by name (e.g. <c>NotoSans-Regular.ttf</c>, <c>OFL-NotoSans.txt</c>); null when there is none.</summary>
    /// <remarks>For the assembly loaded from a file the stream is an <see cref="UnmanagedMemoryStream"/> over the mapped image.</remarks>
    public static Stream? Open(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return Assembly.GetManifestResourceStream(Prefix + fileName);
    }

    private static string[] Names(string extension) =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
}
