using CapitalHealthReport.Pdf.Fonts;
using SkiaSharp;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// The fonts of one document: the bundled Latin, monospaced and Chinese faces plus any fonts the user names. Shapes text
/// (<see cref="Shape"/>), records every code point and glyph drawn, and, once layout is done, subsets each face to exactly
/// those (<see cref="PrepareForPdf"/>) so that a PDF embeds only the glyphs it uses. Characters no face has are collected
/// in <see cref="MissingGlyphs"/>. Not thread-safe. The jobs live in their own types: loading (<see cref="FaceLoader"/>),
/// face choice and fallback (<see cref="DocumentFaces"/>), shaping (<see cref="TextShaper"/>), coverage
/// (<see cref="GlyphCoverage"/>) and subsetting (<see cref="FontFace.Prepare"/>).
/// </summary>
public sealed class FontSet : IDisposable
{
    /// <summary>Characters a chart's axes may draw besides the labels recorded for it (tick numbers, signs, exponents).</summary>
    private const string ChartBaseline = "0123456789.,-\u2212+%E: ";

    /// <summary>
    /// Characters the monospaced faces always carry once used: all of printable ASCII, so that what a code span says (a
    /// file's hash) never changes the embedded face, nor the glyph numbers on the pages around it.
    /// </summary>
    private static readonly string CodeBaseline = new([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(static c => (char)c)]);

    /// <summary>Most single-run blocks remembered per document (table cells repeat: stage names, regions, numbers).</summary>
    private const int BlockCacheLimit = 20_000;

    private readonly DocumentFaces _faces;
    private readonly GlyphCoverage _coverage = new();
    private readonly TextShaper _shaper;
    private readonly DrawingResources _drawing = new();
    private readonly bool[] _chartFaceRequested = new bool[2];
    private readonly Dictionary<(string Text, TextStyle Style), TextBlock> _blockCache = [];
    private bool _disposed;

    private FontSet(DocumentFaces faces)
    {
        _faces = faces;
        _shaper = new TextShaper(faces, _coverage);
    }

    /// <summary>Whether <see cref="PrepareForPdf"/> has run: drawing now uses the per-document subsets.</summary>
    public bool IsPreparedForPdf { get; private set; }

    /// <summary>Characters no face can draw, each once, in the order first met, with the text around its first use.</summary>
    public IReadOnlyList<MissingGlyph> MissingGlyphs => _coverage.Missing;

    /// <summary>The faces the document uses with the size of their subsets (0 before <see cref="PrepareForPdf"/>), in a fixed order.</summary>
    public IReadOnlyList<(string Face, int CodePoints, int SubsetBytes)> Usage =>
        UsedFaces.Select(f => (f.Source.Name, f.CodePoints.Count, f.SubsetSize)).ToArray();

    /// <summary>The faces the document has drawn with so far, in a fixed order (user fonts, Latin, monospaced, CJK).</summary>
    internal IEnumerable<FontFace> UsedFaces => _faces.All.Where(f => f.IsUsed);

    /// <summary>Metrics of the body face, which set every line's ascent and descent so that baselines do not jump between scripts.</summary>
    internal FontSource PrimaryMetrics => _faces.PrimaryMetrics;

    internal DrawingResources Drawing => _drawing;

    /// <summary>
    /// Loads the bundled faces, which are embedded in the fonts assembly (no folder is searched), and the user-named
    /// <paramref name="extraFontFiles"/>, which are tried first for every character. A collection face is named
    /// <c>file.ttc#2</c>.
    /// </summary>
    /// <exception cref="FontFileException">A user-named font file is missing or unusable.</exception>
    public static FontSet LoadBundled(IEnumerable<string>? extraFontFiles = null) => new(FaceLoader.Load(null, extraFontFiles));

    /// <summary>
    /// Loads faces named as the bundled ones (<see cref="BundledFonts.All"/>) from <paramref name="fontsFolder"/> instead of
    /// the embedded copies (e.g. to try another build of a face), and the user-named <paramref name="extraFontFiles"/>.
    /// </summary>
    /// <exception cref="FontFileException">A font file is missing or unusable.</exception>
    public static FontSet Load(string fontsFolder, IEnumerable<string>? extraFontFiles = null)
    {
        ArgumentNullException.ThrowIfNull(fontsFolder);
        return new(FaceLoader.Load(fontsFolder, extraFontFiles));
    }

    /// <summary>
    /// Shapes a paragraph of styled runs with HarfBuzz: picks a face per character (user fonts first, then Latin or CJK by
    /// script, then any face that has the character), shapes each stretch of one face and style, and records the code
    /// points and glyphs for subsetting. Characters no face has are reported in <see cref="MissingGlyphs"/> and drawn as
    /// the <c>.notdef</c> box. After <see cref="PrepareForPdf"/> only a single-run text already shaped can be shaped again.
    /// </summary>
    public TextBlock Shape(IReadOnlyList<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ThrowIfDisposed();

        // A shaped block is immutable, so identical single-run texts (table cells) share one; a text shaped during
        // layout can be asked for again while drawing.
        if (runs.Count == 1 && _blockCache.TryGetValue((runs[0].Text, runs[0].Style), out var cached))
        {
            return cached;
        }

        ThrowIfPrepared(nameof(Shape));
        foreach (var run in runs)
        {
            ValidateStyle(run.Style);
        }

        var block = _shaper.Shape(this, runs);
        if (runs.Count == 1 && _blockCache.Count < BlockCacheLimit)
        {
            _blockCache[(runs[0].Text, runs[0].Style)] = block;
        }

        return block;
    }

    /// <summary>Records code points drawn outside text blocks (chart labels, drawn with <see cref="ChartTypeface"/>).</summary>
    public void RecordText(string text, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ThrowIfDisposed();
        ThrowIfPrepared(nameof(RecordText));
        _coverage.Record(_faces.Cjk(bold), text);
    }

    /// <summary>
    /// The typeface charts should draw with: the CJK face, which also covers Latin text. Before <see cref="PrepareForPdf"/>
    /// it is the whole face (for measuring); afterwards the document's subset. Record every label with
    /// <see cref="RecordText"/> before preparing. The typeface belongs to this set: do not dispose it.
    /// </summary>
    public SKTypeface ChartTypeface(bool bold)
    {
        ThrowIfDisposed();
        if (!IsPreparedForPdf)
        {
            _chartFaceRequested[bold ? 1 : 0] = true;
        }

        return _faces.Cjk(bold).Typeface;
    }

    /// <summary>A unique name for <see cref="ChartTypeface"/>, for font caches keyed on names (e.g. ScottPlot's); available after <see cref="PrepareForPdf"/>.</summary>
    public string ChartFontName(bool bold) =>
        _faces.Cjk(bold).SubsetName ?? throw new InvalidOperationException("Chart font names exist once the fonts are prepared for the PDF.");

    /// <summary>
    /// A font for simple one-off measuring or drawing with <see cref="SKCanvas.DrawText(string, float, float, SKFont, SKPaint)"/>
    /// (no shaping, no fallback): the style's Latin face when it has every character of <paramref name="sampleText"/>, else
    /// the CJK face. Records the sample's code points; draw only text that was given as a sample before preparing.
    /// The caller disposes the font (not its typeface).
    /// </summary>
    public SKFont CreateFont(TextStyle style, string sampleText)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(sampleText);
        ThrowIfDisposed();
        var face = _faces.ForSimpleText(style, sampleText);
        if (IsPreparedForPdf)
        {
            foreach (var rune in sampleText.EnumerateRunes())
            {
                if (!face.Covers(rune.Value) && face.Source.HasGlyph(rune.Value))
                {
                    throw new InvalidOperationException(
                        $"'{sampleText}' was not recorded before the fonts were prepared for the PDF; call CreateFont with it during layout.");
                }
            }
        }
        else
        {
            _coverage.Record(face, sampleText);
        }

        return DrawingResources.NewFont(face, style.Size, embolden: false, skew: style.Italic && style.Code);
    }

    /// <summary>
    /// Subsets every used face to the code points and glyphs recorded so far (HarfBuzz, with a visible <c>.notdef</c> and
    /// no hinting) and switches drawing to the subsets. Call once, after layout and before drawing; afterwards nothing
    /// new can be shaped or recorded.
    /// </summary>
    public void PrepareForPdf()
    {
        ThrowIfDisposed();
        if (IsPreparedForPdf)
        {
            return;
        }

        for (var i = 0; i < 2; i++)
        {
            if (_chartFaceRequested[i])
            {
                _coverage.Record(_faces.Cjk(i == 1), ChartBaseline);
            }

            if (_faces.Mono(i == 1).IsUsed)
            {
                _coverage.Record(_faces.Mono(i == 1), CodeBaseline);
            }
        }

        foreach (var face in UsedFaces)
        {
            face.Prepare();
        }

        IsPreparedForPdf = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _drawing.Dispose();
        _faces.Dispose();
        _shaper.Dispose();
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static void ValidateStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (!float.IsFinite(style.Size) || style.Size <= 0f || style.Size > 1000f)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style.Size, "A text size must be a positive number of points, at most 1000.");
        }

        if (!float.IsFinite(style.LineHeight) || style.LineHeight <= 0f)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style.LineHeight, "A line height must be a positive multiple of the text size.");
        }
    }

    private void ThrowIfPrepared(string operation)
    {
        if (IsPreparedForPdf)
        {
            throw new InvalidOperationException(
                $"{operation} after PrepareForPdf: the document's font subsets are already built. Shape and record all text during layout, then prepare, then draw.");
        }
    }
}
