using System.Text;
using CapitalHealthReport.Pdf.Fonts;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// Shapes styled runs with HarfBuzz: splits the text into stretches of one face (chosen per character by
/// <see cref="DocumentFaces"/>, script by <see cref="ScriptKinds"/>), shapes each, records the glyphs and code points each
/// face must keep, and cuts the glyphs into units that lines break around (<see cref="BreakOpportunities"/>).
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private readonly DocumentFaces _faces;
    private readonly GlyphCoverage _coverage;
    private readonly HbBuffer _buffer = new();

    public TextShaper(DocumentFaces faces, GlyphCoverage coverage)
    {
        _faces = faces;
        _coverage = coverage;
    }

    /// <summary>Shapes <paramref name="runs"/> into a block owned by <paramref name="fonts"/>.</summary>
    public TextBlock Shape(FontSet fonts, IReadOnlyList<TextRun> runs)
    {
        var text = runs.Count == 1 ? runs[0].Text : string.Concat(runs.Select(r => r.Text));
        var kinds = ScriptKinds.Of(text);
        var shapingText = ScriptKinds.ShapingText(text);
        var segments = new List<ShapedSegment>();
        var units = new List<TextUnit>();
        var offset = 0;
        for (var runIndex = 0; runIndex < runs.Count; runIndex++)
        {
            var run = runs[runIndex];
            ShapeRun(shapingText, offset, offset + run.Text.Length, run.Style, runIndex, kinds, segments, units);
            offset += run.Text.Length;
        }

        BreakOpportunities.Mark(shapingText, units);
        return new TextBlock(fonts, text, runs, [.. segments], [.. units]);
    }

    public void Dispose() => _buffer.Dispose();

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
                var found = _faces.Find(c, style, kinds[i]);
                if (found is null)
                {
                    if (!CharClasses.IsIgnorable(c))
                    {
                        _coverage.ReportMissing(c, text, i);
                    }

                    found = current ?? _faces.Preferred(style, kinds[i]);
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

        GlyphCoverage.RecordShaped(face, text, start, end);
        var isExtra = _faces.IsExtra(face);
        var segmentIndex = segments.Count;
        segments.Add(new ShapedSegment
        {
            Face = face,
            Style = style,
            SyntheticBold = style.Bold && isExtra,
            SyntheticItalic = style.Italic && (isExtra || _faces.IsMono(face)) && !_faces.IsCjk(face),
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

            if (CharClasses.CannotEndLine(Rune.GetRuneAt(text, BreakOpportunities.PreviousRuneStart(text, textEnd)).Value))
            {
                flags |= UnitFlags.NoLineEnd;
            }

            units.Add(new TextUnit(segmentIndex, glyphStart, glyphEnd, cluster, textEnd, advance, runIndex, flags));
            glyphStart = glyphEnd;
        }
    }
}
