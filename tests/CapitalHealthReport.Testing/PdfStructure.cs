using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Testing;

/// <summary>
/// What a finished PDF declares, read back with PdfPig and from its object syntax: outline, language, XMP, fonts. Shared
/// by the engine's tests and the report's (which render the sample reports).
/// </summary>
public static partial class PdfStructure
{
    /// <summary>Outline entries in document order: level (1 = top) and title.</summary>
    public static IReadOnlyList<(int Level, string Title, int Page)> Outline(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        var entries = new List<(int, string, int)>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            void Walk(IEnumerable<BookmarkNode> nodes)
            {
                foreach (var node in nodes)
                {
                    entries.Add((node.Level + 1, node.Title, node is DocumentBookmarkNode d ? d.PageNumber : 0));
                    Walk(node.Children);
                }
            }

            Walk(bookmarks.Roots);
        }

        return entries;
    }

    /// <summary>The catalog's <c>/Lang</c>, or null.</summary>
    public static string? Language(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang) ? lang.Data : null;
    }

    /// <summary>The XMP packet the catalog points to, as text, or null.</summary>
    public static string? Xmp(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.TryGetXmpMetadata(out var xmp) ? Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()) : null;
    }

    /// <summary>Every font dictionary's subtype and base font name (font dictionaries are plain objects in the files the engine writes).</summary>
    public static IReadOnlyList<(string Subtype, string BaseFont)> Fonts(byte[] pdf) =>
        FontDictionary().Matches(Encoding.Latin1.GetString(pdf))
            .Select(match => (SubtypeEntry().Match(match.Value).Groups[1].Value, BaseFontEntry().Match(match.Value).Groups[1].Value))
            .ToList();

    /// <summary>How many embedded font programs (<c>/FontFile</c>, <c>/FontFile2</c>, <c>/FontFile3</c>) the file holds.</summary>
    public static int EmbeddedFontPrograms(byte[] pdf) => FontFileEntry().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>How many font descriptors the file holds (one per font that is not Type 3).</summary>
    public static int FontDescriptors(byte[] pdf) => DescriptorEntry().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"<<\s*/Type /Font\b(?:(?!>>).)*?/Subtype /\w+(?:(?!endobj).)*?>>", RegexOptions.Singleline)]
    private static partial Regex FontDictionary();

    [GeneratedRegex(@"/Subtype /(\w+)")]
    private static partial Regex SubtypeEntry();

    [GeneratedRegex(@"/BaseFont /([^\s/>\]]+)")]
    private static partial Regex BaseFontEntry();

    [GeneratedRegex(@"/FontFile[23]? \d+ 0 R")]
    private static partial Regex FontFileEntry();

    [GeneratedRegex(@"/Type /FontDescriptor\b")]
    private static partial Regex DescriptorEntry();
}
