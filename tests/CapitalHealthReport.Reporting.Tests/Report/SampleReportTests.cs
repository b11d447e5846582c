using System.Globalization;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The bundled sample, rendered through the bundled templates: the executive summary tells the article's story.</summary>
public sealed partial class SampleReportTests
{
    private static readonly Lazy<RenderedReport> English = new(() => Render(ReportLanguage.English));
    private static readonly Lazy<RenderedReport> Chinese = new(() => Render(ReportLanguage.Chinese));

    [Fact]
    public void English_summary_names_the_story_with_its_numbers()
    {
        var report = English.Value;
        var summary = Section(report.Markdown, "# Executive summary");
        var story = report.Model.Story;

        Assert.InRange(story.Concentration.Value!.Value, 0.78, 0.82);
        Assert.Contains($"The top 20% of funded AI companies took **{story.Concentration.ValueText}** of the sector's disclosed capital in 2025Q1", summary, StringComparison.Ordinal);
        Assert.InRange(story.HotSectorShare.Value!.Value, 0.56, 0.60);
        Assert.Contains($"AI took **{story.HotSectorShare.ValueText}** of all disclosed funding in 2025Q1", summary, StringComparison.Ordinal);
        Assert.Equal("2024-01-01..2024-08-31 sector=AI", story.TopRegion.Scope);
        Assert.Contains("In January–August 2024, Beijing hosted **37.0%** of the 289 AI deals (Beijing 107 deals", summary, StringComparison.Ordinal);
        Assert.Contains("Guangdong 58 deals", summary, StringComparison.Ordinal);
        Assert.Contains("Shanghai 46 deals", summary, StringComparison.Ordinal);
        Assert.InRange(story.SeedAngel.Value!.Value, 0.0, 0.10);
        Assert.Contains($"Seed and angel rounds were **{story.SeedAngel.ValueText}** of deals with a known stage", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void English_summary_states_thresholds_only_where_the_numbers_cross_them()
    {
        var report = English.Value;
        var summary = Section(report.Markdown, "# Executive summary");
        foreach (var indicator in new[] { report.Model.Story.Concentration, report.Model.Story.HotSectorShare, report.Model.Story.TopRegion, report.Model.Story.SeedAngel })
        {
            Assert.True(indicator.HasRule, indicator.Metric);
            var within = $"within range: the threshold of rule {indicator.RuleId} is {indicator.ThresholdText}";
            Assert.True(
                indicator.Breaches ? summary.Contains(indicator.ThresholdText, StringComparison.Ordinal) && !summary.Contains(within, StringComparison.Ordinal) : summary.Contains(within, StringComparison.Ordinal),
                $"{indicator.Metric}: breaches={indicator.Breaches}");
            Assert.Equal(indicator.Breaches, indicator.Threshold is { } t && (indicator.Operator is "<" or "<=" ? indicator.Value < t : indicator.Value > t));
        }
    }

    [Fact]
    public void English_summary_lists_three_to_five_findings_most_severe_first()
    {
        var findings = English.Value.Model.TopFindings;
        Assert.InRange(findings.Count, 3, 5);
        Assert.Equal(findings.Count, findings.Select(static f => f.Id).Distinct().Count());
        var ranks = findings.Select(static f => f.Severity switch { "error" => 0, "warning" => 1, _ => 2 }).ToList();
        Assert.Equal(ranks.Order().ToList(), ranks);
        var summary = Section(English.Value.Markdown, "# Executive summary");
        Assert.All(findings, f => Assert.Contains($"**{f.SeverityLabel} {f.Id}**", summary, StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_summary_names_the_story_in_chinese()
    {
        var report = Chinese.Value;
        var summary = Section(report.Markdown, "# 摘要");
        var story = report.Model.Story;
        Assert.Contains($"2025年第一季度，融资额居前20%的人工智能企业获得了该领域**{story.Concentration.ValueText}的已披露资金**", summary, StringComparison.Ordinal);
        Assert.Contains($"人工智能吸纳了全部已披露资金的**{story.HotSectorShare.ValueText}**", summary, StringComparison.Ordinal);
        Assert.Contains("2024年1—8月，北京承接了289起人工智能融资事件中的**37.0%**（北京107起", summary, StringComparison.Ordinal);
        Assert.Contains("广东58起", summary, StringComparison.Ordinal);
        Assert.Contains("上海46起", summary, StringComparison.Ordinal);
        Assert.Contains($"种子轮和天使轮仅占**{story.SeedAngel.ValueText}**", summary, StringComparison.Ordinal);
        Assert.Contains("亿元", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(" bn CNY", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("无数据", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_editions_cover_every_section()
    {
        string[] english = ["# Executive summary", "# Market overview", "# Concentration", "# Stage structure", "# Sector crowd-out", "# Regional distribution", "# Investor mix", "# All findings", "# Methodology", "# Data quality"];
        string[] chinese = ["# 摘要", "# 市场概况", "# 资本集中度", "# 轮次结构", "# 行业挤出", "# 区域分布", "# 投资方结构", "# 全部发现", "# 方法说明", "# 数据质量"];
        AssertInOrder(English.Value.Markdown, english);
        AssertInOrder(Chinese.Value.Markdown, chinese);
        Assert.StartsWith("---\ntitle: ", English.Value.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n<!-- toc -->\n", Chinese.Value.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_lists_every_metric_and_every_rule_with_its_condition()
    {
        var report = English.Value;
        var methodology = Section(report.Markdown, "# Methodology");
        Assert.All(report.Model.MetricCatalog, m => Assert.Contains($"| {m.Name.Replace("_", "\\_", StringComparison.Ordinal)} |", methodology, StringComparison.Ordinal));
        Assert.NotEmpty(report.Model.Rules);
        Assert.All(report.Model.Rules, r => Assert.Contains($"| {r.Id} |", methodology, StringComparison.Ordinal));
        Assert.Contains("Metrics.TopQuintileShare \\> 0.6", methodology, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_quality_appendix_reports_rows_and_provenance()
    {
        var report = English.Value;
        var appendix = Section(report.Markdown, "# Data quality");
        var quality = report.Model.DataQuality;
        Assert.Equal(quality.RowsRead, quality.RowsLoaded + quality.RowsRejected);
        Assert.Contains($"{quality.RowsRead.ToString("N0", CultureInfo.InvariantCulture)} rows were read from deals.csv", appendix, StringComparison.Ordinal);
        Assert.Matches(ShaPattern(), report.Model.Provenance.Sha256);
        Assert.Contains(report.Model.Provenance.Sha256, appendix, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_the_templates_place_exists_in_the_model_with_title_and_labelled_axes()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var placed = ChartFence().Matches(report.Markdown).Select(static m => m.Groups[1].Value).ToList();
            var ids = report.Model.Charts.Select(static c => c.Id).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(ChartBuilder.Ids.Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
            Assert.All(placed, id => Assert.Contains(id, ids));
            Assert.All(report.Model.Charts, chart =>
            {
                Assert.False(string.IsNullOrWhiteSpace(chart.Title), chart.Id);
                // XLabel names the category axis and YLabel the value axis, whichever way the bars run.
                Assert.Matches(UnitPattern(), chart.YLabel);
                Assert.NotEmpty(chart.XLabel);
                Assert.NotEmpty(chart.Series);
            });
            var hhi = report.Model.Charts.Single(static c => c.Id == "hhi");
            // The line is the strictest HHI level of the bundled concentration rule, read from the rule, not a constant.
            var line = Rules.RuleCatalog.LoadDefault().Find("CH1002")!.Threshold!.Value(Rules.DiagnosticSeverity.Error);
            Assert.Equal(1800d, line);
            Assert.Contains(hhi.ReferenceLines, l => l.Value == line);
        }
    }

    [Fact]
    public void Output_has_no_unrendered_template_code()
    {
        foreach (var markdown in new[] { English.Value.Markdown, Chinese.Value.Markdown })
        {
            Assert.DoesNotContain("{{", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("{%", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Both_pdf_editions_have_12_to_30_pages_and_no_missing_glyphs()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var pdf = Reporting.Rendering.ReportRenderer.RenderPdf(report.Markdown, report.Options);
            Assert.InRange(pdf.PageCount, 12, 30);
            Assert.Empty(pdf.MissingGlyphs);
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_markdown()
    {
        Assert.Equal(English.Value.Markdown, Render(ReportLanguage.English).Markdown);
    }

    internal static RenderedReport Render(ReportLanguage language, string? dealsPath = null) =>
        ReportPipeline.Render(new ReportRequest
        {
            DealsPath = dealsPath,
            ConfigPath = Path.Combine(Testing.RepositoryPaths.Root, "capitalhealth.yaml") is var config && File.Exists(config) ? config : null,
            Period = "2025Q1",
            Language = language,
            Format = ReportFormat.Markdown,
        });

    /// <summary>The text of one <c>#</c> section, up to the next one.</summary>
    internal static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section '{heading}' not found");
        var end = markdown.IndexOf("\n# ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static void AssertInOrder(string markdown, IEnumerable<string> headings)
    {
        var position = 0;
        foreach (var heading in headings)
        {
            var found = markdown.IndexOf("\n" + heading + "\n", position, StringComparison.Ordinal);
            Assert.True(found >= position, $"'{heading}' missing or out of order");
            position = found;
        }
    }

    [GeneratedRegex(@"^```chart (\S+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ChartFence();

    [GeneratedRegex(@"[(（].+[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShaPattern();
}
