using System.Globalization;
using System.Text;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>
/// A report table wherever it falls on a page: a break leaves at least two rows on each side, and the source line
/// under the table is printed on the page of its last row.
/// </summary>
public sealed class PdfTableBreakTests
{
    private const int Rows = 12;

    public static TheoryData<int> Offsets => new(Enumerable.Range(0, 38));

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Two_rows_stay_on_each_side_of_a_break_and_the_source_line_stays_under_the_last(int fillers)
    {
        // Lines of text before the table move it down the page a line at a time, through every break position.
        var markdown = new StringBuilder("# Breaks\n\n");
        for (var i = 0; i < fillers; i++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"Filler line {i}.\n\n");
        }

        markdown.Append("**Table 1: Rows**\n\n| Key | Value |\n|---|---:|\n");
        for (var r = 1; r <= Rows; r++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"| row{r:00} | {r * 7} |\n");
        }

        markdown.Append("\nSource: test data; data to 2025-06-30.\n\nText after the table.\n");

        var pages = RenderingKit.PageTexts(ReportRenderer.RenderPdf(markdown.ToString(), RenderingKit.Options("en")).Pdf)
            .Select(static text => text.Split(' ').ToHashSet(StringComparer.Ordinal))
            .ToList();
        int PageOf(string word) => pages.FindIndex(words => words.Contains(word));

        var rowPages = Enumerable.Range(1, Rows).Select(r => PageOf(string.Create(CultureInfo.InvariantCulture, $"row{r:00}"))).ToList();
        Assert.DoesNotContain(-1, rowPages);
        foreach (var page in rowPages.Distinct())
        {
            Assert.True(rowPages.Count(p => p == page) >= 2, $"{fillers} lines before: page {page + 1} holds one row of the table alone ({string.Join(", ", rowPages)})");
        }

        Assert.Equal(rowPages[^1], PageOf("Source:"));
    }
}
