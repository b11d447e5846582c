using CapitalHealthReport.Pdf.Text;
using UglyToad.PdfPig.Content;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace CapitalHealthReport.Pdf.Tests.TextEngine;

/// <summary>Where lines land in their box: left, centre, right and justified (stretching spaces and ideograph gaps, not the last line).</summary>
public sealed class AlignmentTests
{
    private const float Left = 72f;
    private const float BoxWidth = 260f;
    private const float PageHeight = 842f;

    [Theory]
    [InlineData(TextKit.English)]
    [InlineData(TextKit.Chinese)]
    [InlineData(TextKit.Mixed)]
    public void Justified_lines_reach_both_edges_except_the_last(string text)
    {
        var (lines, rows) = Render(text, TextAlignment.Justify);

        Assert.True(lines.Count >= 2);
        for (var i = 0; i < lines.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(Left, row.Min(l => l.StartBaseLine.X), 0.6f);
            var expectedRight = i < lines.Count - 1 ? Left + BoxWidth : Left + lines[i].Width;
            Assert.Equal(expectedRight, row.Max(l => l.EndBaseLine.X), 0.6f);
        }
    }

    [Theory]
    [InlineData(TextAlignment.Left)]
    [InlineData(TextAlignment.Center)]
    [InlineData(TextAlignment.Right)]
    public void Lines_sit_where_their_alignment_puts_them(TextAlignment alignment)
    {
        var (lines, rows) = Render(TextKit.English, alignment);

        for (var i = 0; i < lines.Count; i++)
        {
            var slack = BoxWidth - lines[i].Width;
            var expectedLeft = alignment switch
            {
                TextAlignment.Center => Left + (slack / 2f),
                TextAlignment.Right => Left + slack,
                _ => Left,
            };
            Assert.Equal(expectedLeft, rows[i].Min(l => l.StartBaseLine.X), 0.6f);
            Assert.Equal(expectedLeft + lines[i].Width, rows[i].Max(l => l.EndBaseLine.X), 0.6f);
        }
    }

    [Fact]
    public void Baselines_are_one_line_height_apart()
    {
        var (lines, rows) = Render(TextKit.Mixed, TextAlignment.Left);

        for (var i = 1; i < lines.Count; i++)
        {
            var gap = rows[i - 1][0].StartBaseLine.Y - rows[i][0].StartBaseLine.Y;
            Assert.Equal(lines[i - 1].Height, gap, 0.05f);
        }
    }

    /// <summary>Draws the text in a 260 pt box and returns the lines with PdfPig's letters grouped by baseline, top to bottom.</summary>
    private static (IReadOnlyList<TextLine> Lines, List<List<Letter>> Rows) Render(string text, TextAlignment alignment)
    {
        using var fonts = TextKit.Fonts();
        var lines = fonts.Shape(TextKit.Runs(text)).BreakLines(BoxWidth);
        fonts.PrepareForPdf();
        var pdf = TextKit.WritePdf(canvas => TextKit.DrawLines(canvas, lines, Left, 72f, BoxWidth, alignment));

        using var document = PigDocument.Open(pdf);
        var rows = document.GetPage(1).Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.ToList())
            .ToList();
        Assert.Equal(lines.Count, rows.Count);
        Assert.All(rows, r => Assert.True(r[0].StartBaseLine.Y < PageHeight));
        return (lines, rows);
    }
}
