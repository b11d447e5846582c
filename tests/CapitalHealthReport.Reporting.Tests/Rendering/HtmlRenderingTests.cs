using System.Xml.Linq;
using CapitalHealthReport.Reporting.Rendering;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

public class HtmlRenderingTests
{
    private const string Hostile = """
        # Companies

        A company named \*Star\* \| {{x}} \# Co and *Star* | {{x}} # Co, <script>alert(1)</script>, <img src=x onerror=alert(1)>.

        [click](javascript:alert(1)) and [ok](https://example.com/?a=1&b=2)

        <div onclick="steal()">raw block</div>

        | Company | Amount |
        |---|---|
        | \*Star\* \| {{x}} \# Co | 1,200 |
        """;

    [Fact]
    public void Hostile_content_stays_literal_and_no_script_element_appears()
    {
        var html = ReportRenderer.RenderHtml(Hostile, RenderingKit.Options());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("[click](javascript:alert(1))", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"left\">*Star* | {{x}} # Co</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/?a=1&amp;b=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_well_formed_xml_after_the_doctype_with_the_language()
    {
        var markdown = """
            ---
            title: Report <Q2> & more
            period: 2025Q2
            ---
            <!-- toc -->

            # One

            Text with **bold**, *italic*, `code` and a line  
            break.

            - a
              1. b

            > [!CAUTION]
            > **Heads up**
            > Body.

            ```chart deals
            ```

            <!-- pagebreak -->

            # Two

            ```chart lorenz
            ```

            ---
            """;
        var html = ReportRenderer.RenderHtml(markdown, RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart()));

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var document = XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);
        var root = document.Root!;
        Assert.Equal("en", (string?)root.Attribute("lang"));
        var svgIds = document.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToArray();
        Assert.Equal(svgIds.Length, svgIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, document.Descendants().Count(e => e.Name.LocalName == "svg"));
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "aside" && ((string?)e.Attribute("class") ?? string.Empty).Contains("callout-error", StringComparison.Ordinal));
        Assert.Contains(document.Descendants("nav").Descendants("a"), a => (string?)a.Attribute("href") == "#two");
    }

    [Fact]
    public void Chart_svg_escapes_markup_in_labels()
    {
        var chart = RenderingKit.BarChart(title: "<script>alert('x')</script> & co");
        var html = ReportRenderer.RenderHtml("```chart deals\n```\n", RenderingKit.Options("en", chart));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_chart_text_keeps_its_ideographs_where_the_font_draws_a_radical_with_the_same_glyph()
    {
        // Noto Sans SC draws 长 and ⻓, 龙 and ⻰, 黑 and ⿊ with one glyph each: the SVG must still say 长, 龙, 黑.
        var chart = RenderingKit.BarChart() with { Title = "成长期与黑龙江", Categories = ["门店", "风险"], XLabel = "青年", YLabel = "食品（家）" };
        var html = ReportRenderer.RenderHtml("```chart deals\n```\n", RenderingKit.Options("zh-CN", chart));
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..];

        Assert.DoesNotContain(svg, c => c is >= '\u2E80' and <= '\u2FDF');
        foreach (var text in new[] { "成长期与黑龙江", "门店", "风险", "青年", "食品" })
        {
            Assert.Contains(text, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Chinese_report_declares_its_language_and_keeps_its_text()
    {
        var html = ReportRenderer.RenderHtml("# 市场概况\n\n北京占人工智能交易的37%。\n", RenderingKit.Options("zh-CN"));

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"sec-1\">市场概况</h1>", html, StringComparison.Ordinal);
        Assert.Contains("北京占人工智能交易的37%。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_chart_id_is_an_input_error_naming_the_id_and_line()
    {
        var error = Assert.Throws<InputException>(() => ReportRenderer.RenderHtml("Intro\n\n```chart nope\n```\n", RenderingKit.Options("en", RenderingKit.BarChart())));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("deals", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Numeric_columns_are_right_aligned_unless_the_separator_row_says_otherwise()
    {
        var html = ReportRenderer.RenderHtml("| Region | Deals | Share |\n|---|---|:-:|\n| Beijing | 1,234 | 37% |\n", RenderingKit.Options());

        Assert.Contains("<td class=\"left\">Beijing</td><td class=\"right\">1,234</td><td class=\"center\">37%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_twice_gives_identical_html()
    {
        var options = RenderingKit.Options("en", RenderingKit.BarChart(), RenderingKit.LorenzChart());
        const string Markdown = "# A\n\n```chart deals\n```\n\n```chart lorenz\n```\n";

        Assert.Equal(ReportRenderer.RenderHtml(Markdown, options), ReportRenderer.RenderHtml(Markdown, options));
    }
}
