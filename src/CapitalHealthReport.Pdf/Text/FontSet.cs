using System.Globalization;
using System.Text;
using CapitalHealthReport.Pdf.Fonts;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// The fonts of one document: the bundled Latin, monospaced and Simplified-Chinese faces plus any fonts the user names.
/// Shapes text with HarfBuzz (choosing a face per character, with fallback), records every code point and glyph drawn,
/// and, once layout is done, subsets each face to exactly those (<see cref="PrepareForPdf"/>) so that a PDF embeds only
/// the glyphs it uses. Characters no face has are collected in <see cref="MissingGlyphs"/>. Not thread-safe.
/// </summary>
public sealed class FontSet : IDisposable
{
    /// <summary>Characters a chart's axes may draw besides the labels recorded for it (tick numbers, signs, exponents).</summary>
    private const string ChartBaseline = "0123456789.,-\u2212+%E: ";

    private const int ContextRadius = 12;

    /// <summary>Most single-run blocks remembered per document (table cells repeat: stage names, regions, numbers).</summary>
    private const int BlockCacheLimit = 20_000;

    private readonly FontFace[] _latin; // regular, bold, italic, bold italic
    private readonly FontFace[] _mono; // regular, bold
    private readonly FontFace[] _cjk; // regular, bold
    private readonly FontFace[] _extra;
    private readonly List<FontFace> _all;
    private readonly List<MissingGlyph> _missing = [];
    private readonly HashSet<int> _missingCodePoints = [];
    private readonly bool[] _chartFaceRequested = new bool[2];
    private readonly HbBuffer _buffer = new();
    private readonly Dictionary<(string Text, TextStyle Style), TextBlock> _blockCache = [];
    private readonly Dictionary<(FontFace Face, SKTypeface Typeface, float Size, bool Embolden, bool Skew), SKFont> _drawingFonts = [];
    private readonly Dictionary<SKColor, SKPaint> _fillPaints = [];
    private bool _disposed;

    private FontSet(FontFace[] latin, FontFace[] mono, FontFace[] cjk, FontFace[] extra)
    {
        _latin = latin;
        _mono = mono;
        _cjk = cjk;
        _extra = extra;
        _all = [.. extra, .. latin, .. mono, .. cjk];
    }

    /// <summary>Whether <see cref="PrepareForPdf"/> has run: drawing now uses the per-document subsets.</summary>
    public bool IsPreparedForPdf { get; private set; }

    /// <summary>Characters no face can draw, each once, in the order first met, with the text around its first use.</summary>
    public IReadOnlyList<MissingGlyph> MissingGlyphs => _missing;

    /// <summary>The faces the document uses with the size of their subsets (0 before <see cref="PrepareForPdf"/>), in a fixed order.</summary>
    public IReadOnlyList<(string Face, int CodePoints, int SubsetBytes)> Usage =>
        _all.Where(f => f.IsUsed).Select(f => (f.Source.Name, f.CodePoints.Count, f.SubsetSize)).ToArray();

    /// <summary>The faces the document has drawn with so far, in a fixed order (user fonts, Latin, monospaced, CJK).</summary>
    internal IEnumerable<FontFace> UsedFaces => _all.Where(f => f.IsUsed);

    /// <summary>Metrics of the body face, which set every line's ascent and descent so that baselines do not jump between scripts.</summary>
    internal FontSource PrimaryMetrics => _latin[0].Source;

    /// <summary>
    /// Loads the bundled faces from <paramref name="fontsFolder"/> (normally <c>assets/fonts</c>) and the user-named
    /// <paramref name="extraFontFiles"/>, which are tried first for every character. A collection face is named
    /// <c>file.ttc#2</c>.
    /// </summary>
    /// <exception cref="FontFileException">A font file is missing or unusable.</exception>
    public static FontSet Load(string fontsFolder, IEnumerable<string>? extraFontFiles = null)
    {
        ArgumentNullException.ThrowIfNull(fontsFolder);
        FontFace Bundled(string file, string role) => new(FontSource.Load(Path.Combine(fontsFolder, file)), role);

        var latin = new[]
        {
            Bundled(BundledFonts.LatinRegular, "latin-regular"),
            Bundled(BundledFonts.LatinBold, "latin-bold"),
            Bundled(BundledFonts.LatinItalic, "latin-italic"),
            Bundled(BundledFonts.LatinBoldItalic, "latin-bold-italic"),
        };
        var mono = new[] { Bundled(BundledFonts.MonoRegular, "mono-regular"), Bundled(BundledFonts.MonoBold, "mono-bold") };
        var cjk = new[] { Bundled(BundledFonts.CjkRegular, "cjk-regular"), Bundled(BundledFonts.CjkBold, "cjk-bold") };
        var extra = (extraFontFiles ?? [])
            .Select((file, i) => new FontFace(LoadUserFont(file), "extra-" + (i + 1).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        return new FontSet(latin, mono, cjk, extra);
    }

    /// <summary>Loads the product's bundled faces (<see cref="ProductPaths.Fonts"/>) and the user-named <paramref name="extraFontFiles"/>.</summary>
    /// <exception cref="FontFileException">A font file is missing or unusable.</exception>
    public static FontSet LoadBundled(IEnumerable<string>? extraFontFiles = null) => Load(ProductPaths.Fonts, extraFontFiles);

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

        var text = runs.Count == 1 ? runs[0].Text : string.Concat(runs.Select(r => r.Text));
        foreach (var run in runs)
        {
            ValidateStyle(run.Style);
        }

        var kinds = ScriptKinds(text);
        var shapingText = ShapingText(text);
        var segments = new List<ShapedSegment>();
        var units = new List<TextUnit>();
        var offset = 0;
        for (var runIndex = 0; runIndex < runs.Count; runIndex++)
        {
            var run = runs[runIndex];
            ShapeRun(shapingText, offset, offset + run.Text.Length, run.Style, runIndex, kinds, segments, units);
            offset += run.Text.Length;
        }

        MarkBreaks(shapingText, units);
        var block = new TextBlock(this, text, runs, [.. segments], [.. units]);
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
        RecordInto(_cjk[bold ? 1 : 0], text);
    }

    /// <summary>
    /// The typeface charts should draw with: the CJK face, which also covers Latin text. Before <see cref="PrepareForPdf"/>
    /// it is the whole face (for measuring); afterwards the document's subset. Record every label with
    /// <see cref="RecordText"/> before preparing. The typeface belongs to this set: do not dispose it.
    /// </summary>
    public SKTypeface ChartTypeface(bool bold)
    {
        ThrowIfDisposed();
        var face = _cjk[bold ? 1 : 0];
        if (!IsPreparedForPdf)
        {
            _chartFaceRequested[bold ? 1 : 0] = true;
        }

        return face.Typeface;
    }

    /// <summary>A unique name for <see cref="ChartTypeface"/>, for font caches keyed on names (e.g. ScottPlot's); available after <see cref="PrepareForPdf"/>.</summary>
    public string ChartFontName(bool bold) =>
        _cjk[bold ? 1 : 0].SubsetName ?? throw new InvalidOperationException("Chart font names exist once the fonts are prepared for the PDF.");

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
        var face = style.Code
            ? _mono[style.Bold ? 1 : 0]
            : CoversAll(LatinFace(style), sampleText) ? LatinFace(style) : _cjk[style.Bold ? 1 : 0];
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
            RecordInto(face, sampleText);
        }

        return NewFont(face, style.Size, embolden: false, skew: style.Italic && style.Code);
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
                RecordInto(_cjk[i], ChartBaseline);
            }
        }

        foreach (var face in _all.Where(f => f.IsUsed))
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
        foreach (var font in _drawingFonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _fillPaints.Values)
        {
            paint.Dispose();
        }

        TextBlobBuilder.Dispose();
        foreach (var face in _all)
        {
            face.Dispose();
        }

        _buffer.Dispose();
    }

    internal static SKFont NewFont(FontFace face, float size, bool embolden, bool skew) => new(face.Typeface, size)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
        Embolden = embolden,
        SkewX = skew ? -0.2f : 0f,
    };

    /// <summary>One blob builder per document: <see cref="SKTextBlobBuilder.Build"/> leaves it empty for the next line.</summary>
    internal SKTextBlobBuilder TextBlobBuilder { get; } = new();

    /// <summary>The drawing font for a face and size (cached; owned by this set).</summary>
    internal SKFont DrawingFont(FontFace face, float size, bool embolden, bool skew)
    {
        var key = (face, face.Typeface, size, embolden, skew);
        if (!_drawingFonts.TryGetValue(key, out var font))
        {
            font = NewFont(face, size, embolden, skew);
            _drawingFonts[key] = font;
        }

        return font;
    }

    /// <summary>An antialiased fill paint of one colour (cached; owned by this set).</summary>
    internal SKPaint FillPaint(SKColor color)
    {
        if (!_fillPaints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            _fillPaints[color] = paint;
        }

        return paint;
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

    private static FontSource LoadUserFont(string file)
    {
        var hash = file.LastIndexOf('#');
        if (hash > 0 && !File.Exists(file)
            && int.TryParse(file.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return FontSource.Load(file[..hash], index);
        }

        return FontSource.Load(file);
    }

    private static bool CoversAll(FontFace face, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!CharClasses.IsNewline(rune.Value) && !CharClasses.IsIgnorable(rune.Value) && !face.Source.HasGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Per UTF-16 index of a code point: true where the text is CJK, false where it is Latin (word spaces included).
    /// Neutral punctuation takes the script of the nearest strong character before it, or after it when there is none before.
    /// </summary>
    private static bool[] ScriptKinds(string text)
    {
        var kinds = new bool[text.Length];
        var pending = new List<int>();
        bool? previous = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue;
            }

            var c = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];
            if (c is ' ' or '\t' || CharClasses.IsNewline(c))
            {
                // Word spaces are Latin: the Latin face's space suits both scripts, and it keeps runs long.
                continue;
            }

            if (CharClasses.IsNeutralPunctuation(c) || CharClasses.IsAttached(c))
            {
                if (previous is { } kind)
                {
                    kinds[i] = kind;
                }
                else
                {
                    pending.Add(i);
                }

                continue;
            }

            kinds[i] = CharClasses.IsCjk(c);
            if (previous is null)
            {
                foreach (var index in pending)
                {
                    kinds[index] = kinds[i];
                }

                pending.Clear();
            }

            previous = kinds[i];
        }

        return kinds;
    }

    /// <summary>
    /// The text HarfBuzz shapes: the same length as <paramref name="text"/> (clusters stay valid), with tabs as spaces and
    /// other control characters as zero-width spaces, which fonts lack but HarfBuzz hides.
    /// </summary>
    private static string ShapingText(string text)
    {
        if (!text.Any(c => c < ' ' || c == '\u007F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    '\t' => ' ',
                    '\n' or '\r' => c,
                    < ' ' or '\u007F' => '\u200B',
                    _ => c,
                };
            }
        });
    }

    private static void MarkBreaks(string text, List<TextUnit> units)
    {
        for (var i = 1; i < units.Count; i++)
        {
            var unit = units[i];
            var previous = units[i - 1];
            if (unit.IsNewline || previous.IsNewline)
            {
                continue;
            }

            var after = Rune.GetRuneAt(text, unit.TextStart).Value;
            var beforeIndex = PreviousRuneStart(text, unit.TextStart);
            var before = Rune.GetRuneAt(text, beforeIndex).Value;
            var beforePrevious = beforeIndex > 0 ? Rune.GetRuneAt(text, PreviousRuneStart(text, beforeIndex)).Value : -1;

            // Opening punctuation keeps the next word even across spaces: "“ word" does not break after the quote.
            var lastNonSpace = beforeIndex;
            while (lastNonSpace > 0 && CharClasses.IsSpace(text[lastNonSpace]))
            {
                lastNonSpace = PreviousRuneStart(text, lastNonSpace);
            }

            if (CharClasses.IsSpace(before) && CharClasses.CannotEndLine(Rune.GetRuneAt(text, lastNonSpace).Value))
            {
                continue;
            }

            if (CharClasses.MayBreakBetween(beforePrevious, before, after))
            {
                units[i] = unit with { Flags = unit.Flags | UnitFlags.BreakBefore };
            }
        }
    }

    private static int PreviousRuneStart(string text, int index)
    {
        var i = index - 1;
        if (i > 0 && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private FontFace LatinFace(TextStyle style) => _latin[(style.Bold ? 1 : 0) + (style.Italic ? 2 : 0)];

    private FontFace PreferredFace(TextStyle style, bool cjk) =>
        style.Code ? _mono[style.Bold ? 1 : 0] : cjk ? _cjk[style.Bold ? 1 : 0] : LatinFace(style);

    /// <summary>The face for one character: user fonts, the preferred face, then Latin, CJK and monospaced; null when none has it.</summary>
    private FontFace? FindFace(int codePoint, TextStyle style, bool cjk)
    {
        foreach (var face in _extra)
        {
            if (face.Source.HasGlyph(codePoint))
            {
                return face;
            }
        }

        var preferred = PreferredFace(style, cjk);
        if (preferred.Source.HasGlyph(codePoint))
        {
            return preferred;
        }

        var latin = LatinFace(style);
        if (latin.Source.HasGlyph(codePoint))
        {
            return latin;
        }

        foreach (var face in new[] { _cjk[style.Bold ? 1 : 0], _cjk[0], _latin[0], _mono[style.Bold ? 1 : 0] })
        {
            if (face.Source.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    private void ShapeRun(string text, int start, int end, TextStyle style, int runIndex, bool[] kinds, List<ShapedSegment> segments, List<TextUnit> units)
    {
        FontFace? current = null;
        var segmentStart = start;
        var i = start;
        while (i < end)
        {
            var rune = Rune.GetRuneAt(text, i);
            var c = rune.Value;
            if (CharClasses.IsNewline(c))
            {
                if (current is not null)
                {
                    ShapeSegment(text, segmentStart, i, current, style, runIndex, segments, units);
                    current = null;
                }

                var length = c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                units.Add(new TextUnit(-1, 0, 0, i, i + length, 0f, runIndex, UnitFlags.Newline));
                i += length;
                segmentStart = i;
                continue;
            }

            FontFace face;
            if (current is not null && (CharClasses.IsAttached(c) || CharClasses.IsIgnorable(c)) && (current.Source.HasGlyph(c) || CharClasses.IsIgnorable(c)))
            {
                face = current;
            }
            else
            {
                var found = FindFace(c, style, kinds[i]);
                if (found is null)
                {
                    if (!CharClasses.IsIgnorable(c))
                    {
                        ReportMissing(c, text, i);
                    }

                    found = current ?? PreferredFace(style, kinds[i]);
                }

                face = found;
            }

            if (current is not null && face != current)
            {
                ShapeSegment(text, segmentStart, i, current, style, runIndex, segments, units);
                segmentStart = i;
            }

            current = face;
            i += rune.Utf16SequenceLength;
        }

        if (current is not null && segmentStart < end)
        {
            ShapeSegment(text, segmentStart, end, current, style, runIndex, segments, units);
        }
    }

    private void ShapeSegment(string text, int start, int end, FontFace face, TextStyle style, int runIndex, List<ShapedSegment> segments, List<TextUnit> units)
    {
        var source = face.Source;
        _buffer.ClearContents();
        _buffer.AddUtf16(text, start, end - start);
        _buffer.Direction = Direction.LeftToRight;
        _buffer.GuessSegmentProperties();
        _buffer.ClusterLevel = ClusterLevel.MonotoneGraphemes;
        source.Font.Shape(_buffer);

        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        var count = infos.Length;
        var scale = style.Size / source.UnitsPerEm;
        var glyphs = new int[count];
        var clusters = new int[count];
        var advances = new float[count];
        var offsetsX = new float[count];
        var offsetsY = new float[count];
        for (var g = 0; g < count; g++)
        {
            glyphs[g] = (int)infos[g].Codepoint;
            clusters[g] = (int)infos[g].Cluster;
            advances[g] = positions[g].XAdvance * scale;
            offsetsX[g] = positions[g].XOffset * scale;
            offsetsY[g] = positions[g].YOffset * scale;
            face.RecordGlyph(glyphs[g]);
        }

        for (var t = start; t < end;)
        {
            var rune = Rune.GetRuneAt(text, t);
            if (!CharClasses.IsIgnorable(rune.Value) && source.HasGlyph(rune.Value) && !HarfBuzzSubsetter.IsLigaturePresentationForm(rune.Value))
            {
                face.RecordCodePoint(rune.Value);
            }

            t += rune.Utf16SequenceLength;
        }

        var isExtra = Array.IndexOf(_extra, face) >= 0;
        var isMono = face == _mono[0] || face == _mono[1];
        var isCjk = face == _cjk[0] || face == _cjk[1];
        var segmentIndex = segments.Count;
        segments.Add(new ShapedSegment
        {
            Face = face,
            Style = style,
            SyntheticBold = style.Bold && isExtra,
            SyntheticItalic = style.Italic && (isExtra || isMono) && !isCjk,
            TextStart = start,
            TextEnd = end,
            Glyphs = glyphs,
            Clusters = clusters,
            Advances = advances,
            OffsetsX = offsetsX,
            OffsetsY = offsetsY,
        });

        // Clusters: HarfBuzz keeps them non-decreasing for left-to-right text; a new value starts a new unit.
        var glyphStart = 0;
        while (glyphStart < count)
        {
            var cluster = clusters[glyphStart];
            var glyphEnd = glyphStart + 1;
            var advance = advances[glyphStart];
            while (glyphEnd < count && clusters[glyphEnd] == cluster)
            {
                advance += advances[glyphEnd];
                glyphEnd++;
            }

            var textEnd = glyphEnd < count ? clusters[glyphEnd] : end;
            var first = Rune.GetRuneAt(text, cluster).Value;
            var flags = UnitFlags.None;
            if (CharClasses.IsSpace(first))
            {
                flags |= UnitFlags.Space;
            }
            else if (CharClasses.IsIdeographicBreakClass(first))
            {
                flags |= UnitFlags.Ideographic;
            }

            if (CharClasses.CannotStartLine(first))
            {
                flags |= UnitFlags.NoLineStart;
            }

            if (CharClasses.CannotEndLine(Rune.GetRuneAt(text, PreviousRuneStart(text, textEnd)).Value))
            {
                flags |= UnitFlags.NoLineEnd;
            }

            units.Add(new TextUnit(segmentIndex, glyphStart, glyphEnd, cluster, textEnd, advance, runIndex, flags));
            glyphStart = glyphEnd;
        }
    }

    private void RecordInto(FontFace face, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (CharClasses.IsNewline(c) || CharClasses.IsIgnorable(c) || HarfBuzzSubsetter.IsLigaturePresentationForm(c))
            {
                continue;
            }

            if (face.Source.HasGlyph(c))
            {
                face.RecordCodePoint(c);
            }
            else
            {
                ReportMissing(c, text, text.IndexOf(rune.ToString(), StringComparison.Ordinal));
            }
        }
    }

    private void ReportMissing(int codePoint, string text, int index)
    {
        if (!_missingCodePoints.Add(codePoint))
        {
            return;
        }

        var from = Math.Max(0, index - ContextRadius);
        var to = Math.Min(text.Length, index + ContextRadius + 1);
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }

        var context = text[from..to].ReplaceLineEndings(" ");
        _missing.Add(new MissingGlyph(codePoint, context));
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
