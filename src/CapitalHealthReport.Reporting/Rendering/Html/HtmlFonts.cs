using System.Globalization;
using System.Text;
using System.Xml;
using CapitalHealthReport.Pdf.Fonts;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>
/// The HTML edition's own fonts: the report's bundled faces, each subset to the characters the page draws with it and
/// embedded as a data URL in an <c>@font-face</c> rule (WOFF2), so the page renders the same everywhere — Chinese
/// included — without any system font. Which face draws a character is worked out as the browser will: from the
/// element (headings and table headers bold, <c>em</c> italic, <c>code</c> monospaced, chart text in the CJK face)
/// and the first family in the stack whose subset has the character.
/// </summary>
internal static class HtmlFonts
{
    /// <summary>The family of body text: Noto Sans, then <see cref="Cjk"/> for what it lacks.</summary>
    public const string Sans = "Report Sans";

    /// <summary>The CJK family (Noto Sans SC), which also draws every chart's text, as in the PDF.</summary>
    public const string Cjk = "Report Sans CJK";

    /// <summary>The monospaced family (DejaVu Sans Mono).</summary>
    public const string Mono = "Report Mono";

    /// <summary>Characters a browser may draw outside the text: list numbers and bullets.</summary>
    private const string MarkerCharacters = "0123456789.•◦▪ ";

    private static readonly FaceDef[] Faces =
    [
        new(BundledFonts.LatinRegular, Sans, 400, false),
        new(BundledFonts.LatinBold, Sans, 700, false),
        new(BundledFonts.LatinItalic, Sans, 400, true),
        new(BundledFonts.LatinBoldItalic, Sans, 700, true),
        new(BundledFonts.MonoRegular, Mono, 400, false),
        new(BundledFonts.MonoBold, Mono, 700, false),
        new(BundledFonts.CjkRegular, Cjk, 400, false),
        new(BundledFonts.CjkBold, Cjk, 700, false),
    ];

    /// <summary>
    /// <c>@font-face</c> rules for every face <paramref name="html"/> uses (a page from <see cref="HtmlReportWriter"/>:
    /// well-formed XML after the doctype), each a subset of the bundled face (<see cref="BundledFonts.Subset"/>), as the
    /// PDF embeds it.
    /// </summary>
    public static string FontFaceRules(string html)
    {
        var css = new StringBuilder();
        foreach (var font in Embed(html))
        {
            css.Append("@font-face { font-family: \"").Append(font.Family)
                .Append("\"; font-style: ").Append(font.Italic ? "italic" : "normal")
                .Append("; font-weight: ").Append(font.Weight.ToString(CultureInfo.InvariantCulture))
                .Append("; font-display: block; src: url(data:font/woff2;base64,")
                .Append(Convert.ToBase64String(font.Woff2))
                .Append(") format(\"woff2\"); }\n");
        }

        return css.ToString();
    }

    /// <summary>The faces <paramref name="html"/> draws with, each subset to the characters it draws, in a fixed order.</summary>
    internal static IReadOnlyList<EmbeddedFont> Embed(string html)
    {
        var fonts = Faces.Select(f => new LoadedFace(f)).ToArray();
        var used = fonts.ToDictionary(static f => f, static _ => new SortedSet<int>());
        Collect(html, fonts, used);

        var embedded = new List<EmbeddedFont>();
        foreach (var face in fonts)
        {
            var codePoints = used[face];
            if (codePoints.Count == 0)
            {
                continue;
            }

            codePoints.Add(' ');
            if (face.Def.Family == Mono)
            {
                // All of printable ASCII, as in the PDF: what a code span says (a file's hash) never changes the font.
                codePoints.UnionWith(Enumerable.Range(0x20, 0x7F - 0x20));
            }

            var subset = BundledFonts.Subset(face.Def.File, codePoints);
            embedded.Add(new EmbeddedFont(face.Def.Family, face.Def.Weight, face.Def.Italic, face.Def.File, subset.Bytes, subset.CodePoints, Woff2Writer.Write(subset.Bytes)));
        }

        return embedded;
    }

    private static void Collect(string html, LoadedFace[] fonts, Dictionary<LoadedFace, SortedSet<int>> used)
    {
        var start = html.IndexOf("<html", StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(html[start..]), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var stack = new Stack<Context>();
        stack.Push(default);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var context = Enter(stack.Peek(), reader);
                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(context);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    var current = stack.Peek();
                    if (!current.Hidden)
                    {
                        Record(reader.Value, current, fonts, used);
                    }

                    break;
            }
        }

        foreach (var c in MarkerCharacters)
        {
            used[fonts[0]].Add(c);
        }
    }

    private static Context Enter(Context parent, XmlReader element)
    {
        var name = element.LocalName;
        var classes = " " + (element.GetAttribute("class") ?? string.Empty) + " ";
        var bold = parent.Bold
            || name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "strong" or "b" or "th" or "dt"
            || classes.Contains(" title ", StringComparison.Ordinal) || classes.Contains(" callout-title ", StringComparison.Ordinal)
            || (name == "text" && int.TryParse(element.GetAttribute("font-weight"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight >= 600);
        return new Context(
            Bold: bold,
            Italic: parent.Italic || name is "em" or "i",
            Mono: parent.Mono || name is "code" or "pre",
            Chart: parent.Chart || name == "svg",
            Hidden: parent.Hidden || name is "head" or "style" or "script" || (parent.Chart && name == "title"));
    }

    private static void Record(string text, Context context, LoadedFace[] fonts, Dictionary<LoadedFace, SortedSet<int>> used)
    {
        var bold = context.Bold ? 1 : 0;

        // The family stacks of the page's CSS, in order: the first face that has a character draws it.
        LoadedFace[] stack = context.Chart ? [fonts[6 + bold], fonts[bold]]
            : context.Mono ? [fonts[4 + bold], fonts[6 + bold]]
            : [fonts[bold + (context.Italic ? 2 : 0)], fonts[6 + bold]];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < ' ' || rune.Value == 0x7F)
            {
                continue;
            }

            foreach (var face in stack)
            {
                if (face.Has(rune.Value))
                {
                    used[face].Add(rune.Value);
                    break;
                }
            }
        }
    }

    /// <summary>One embedded face: its CSS family, weight and style, the bundled file, and the subset as a font and as WOFF2.</summary>
    internal sealed record EmbeddedFont(string Family, int Weight, bool Italic, string File, byte[] Font, IReadOnlyList<int> CodePoints, byte[] Woff2);

    private readonly record struct Context(bool Bold, bool Italic, bool Mono, bool Chart, bool Hidden);

    private sealed record FaceDef(string File, string Family, int Weight, bool Italic);

    /// <summary>A bundled face: which characters it has, asked only when the page draws with it.</summary>
    private sealed class LoadedFace(FaceDef def)
    {
        private IReadOnlyList<int>? _codePoints;

        public FaceDef Def { get; } = def;

        public bool Has(int codePoint)
        {
            _codePoints ??= BundledFonts.CodePoints(Def.File);
            return BinarySearch(_codePoints, codePoint);
        }

        private static bool BinarySearch(IReadOnlyList<int> sorted, int value)
        {
            int low = 0, high = sorted.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (sorted[middle] == value)
                {
                    return true;
                }

                if (sorted[middle] < value)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return false;
        }
    }
}
