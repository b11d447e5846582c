using CapitalHealthReport.Reporting.Rendering.Markdown;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

public class MarkdownDialectTests
{
    [Fact]
    public void Ascii_headings_keep_markdig_ids_and_other_scripts_get_sec_numbers()
    {
        var source = ReportMarkdown.Parse("# Market overview\n\n## 市场概况\n\n## Deals\n\n## 市场概况\n", "t.md");

        Assert.Equal(["market-overview", "sec-2", "deals", "sec-4"], source.Headings.Select(h => h.Id));
        Assert.Equal("市场概况", source.Headings[1].Text);
    }

    [Fact]
    public void Front_matter_becomes_the_cover()
    {
        var source = ReportMarkdown.Parse("---\ntitle: Capital health\nperiod: 2025Q2\ndate: 2025-06-30\nkeywords: [AI, seed]\n---\n# A\n", "t.md");

        Assert.NotNull(source.Cover);
        Assert.Equal("Capital health", source.Cover.Title);
        Assert.Equal("2025Q2", source.Cover.Period);
        Assert.Equal("AI, seed", source.Cover.Keywords);
    }

    [Fact]
    public void Rejects_unknown_front_matter_keys_with_their_line()
    {
        var error = Assert.Throws<InputException>(() => ReportMarkdown.Parse("---\ntitle: X\ncolour: red\n---\n", "report.md"));

        Assert.Equal("report.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com", "External")]
    [InlineData("mailto:team@example.org", "External")]
    [InlineData("#concentration", "Internal")]
    [InlineData("docs/rules/CH1001.md", "Relative")]
    [InlineData("javascript:alert(1)", "Refused")]
    [InlineData("JaVa\tScRiPt:alert(1)", "Refused")]
    [InlineData("data:text/html,<b>", "Refused")]
    [InlineData("file:///etc/passwd", "Refused")]
    [InlineData("//evil.example/x", "Refused")]
    [InlineData("", "Refused")]
    public void Classifies_link_targets(string url, string expected) => Assert.Equal(expected, LinkPolicy.Classify(url).ToString());

    [Theory]
    [InlineData("12.3%", true)]
    [InlineData("1,234", true)]
    [InlineData("-5.2 pp", true)]
    [InlineData("1.2 bn", true)]
    [InlineData("12.3亿元", true)]
    [InlineData("5.9 tn", true)]
    [InlineData("1,250 crore", true)]
    [InlineData("45 lakh", true)]
    [InlineData("1.5 lakh crore", true)]
    [InlineData("5.9万亿", true)]
    [InlineData("Beijing", false)]
    [InlineData("2025Q1", false)]
    public void Recognises_numeric_cells(string text, bool numeric) => Assert.Equal(numeric, InlineText.IsNumeric(text));
}
