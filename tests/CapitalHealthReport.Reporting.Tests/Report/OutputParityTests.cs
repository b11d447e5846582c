using System.Net;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The HTML edition of the sample report carries the same content as its Markdown.</summary>
public sealed partial class OutputParityTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Html_carries_every_heading_paragraph_and_table_cell_of_the_markdown(string language)
    {
        var report = SampleReportTests.Render(language == "en" ? ReportLanguage.English : ReportLanguage.Chinese);
        var html = ReportRenderer.RenderHtml(report.Markdown, report.Options);
        var htmlText = Normalize(WebUtility.HtmlDecode(Tags().Replace(InlineTags().Replace(html, ""), " ")));

        var document = Markdig.Markdown.Parse(report.Markdown, ReportMarkdown.Pipeline);
        var texts = new List<string>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    texts.Add(InlineText.Of(heading.Inline));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not TableCell:
                    texts.Add(InlineText.Of(paragraph.Inline));
                    break;
                case TableCell cell:
                    texts.Add(InlineText.Of(cell));
                    break;
            }
        }

        var missing = texts.Select(Normalize).Where(t => t.Length > 0 && !htmlText.Contains(t, StringComparison.Ordinal)).ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} text blocks found in the Markdown");
        Assert.True(missing.Count == 0, "missing from the HTML:\n" + string.Join("\n", missing.Take(10)));
    }

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("</?(?:strong|em|code|a|span|del|mark|sub|sup)\\b[^>]*>")]
    private static partial Regex InlineTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
