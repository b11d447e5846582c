using System.Globalization;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The bundled sample's 2025Q1, rendered through the bundled templates: the summary says what the data holds.</summary>
public sealed partial class SampleReportTests
{
    private static readonly Lazy<RenderedReport> English = new(() => Render(ReportLanguage.English));
    private static readonly Lazy<RenderedReport> Chinese = new(() => Render(ReportLanguage.Chinese));

    [Fact]
    public void Summary_leads_with_the_most_severe_findings_then_the_largest_movements()
    {
        var headlines = English.Value.Model.Headlines;
        Assert.InRange(headlines.Count, 3, 6);
        Assert.Equal(ClaimKind.Finding, headlines[0].Kind);
        Assert.Equal("error", headlines[0].Severity);
        var findings = headlines.TakeWhile(static h => h.Kind == ClaimKind.Finding).ToList();
        Assert.Equal(findings.OrderByDescending(static f => f.Score).ToList(), findings);
        Assert.All(headlines.Skip(findings.Count), static h => Assert.NotEqual(ClaimKind.Finding, h.Kind));

        // The period's biggest story: one semiconductor round that moved the market's concentration.
        var round = Assert.Single(headlines, static h => h.Kind == ClaimKind.Round);
        Assert.Equal("Semiconductors", round.Round!.Sector);
        Assert.InRange(round.Round.Amount, 11.4e9, 11.6e9);
        var hhi = Assert.Single(headlines, static h => h.Metric == "hhi" && h.Scope.Slice is null);
        Assert.Equal(Direction.Up, hhi.VersusPrevious);
        Assert.InRange(hhi.Value!.Value, 1_000, 1_100);
        Assert.InRange(hhi.Previous!.Value, 350, 400);
        Assert.Contains(headlines, static h => h.Metric == "sector_value_share" && h.Key == "Semiconductors");

        var summary = Section(English.Value.Markdown, "# Executive summary");
        Assert.Contains("11.5 bn CNY", summary, StringComparison.Ordinal);
        Assert.Contains("rose to 1,065", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_describes_the_report_period_and_no_hidden_window()
    {
        foreach (var markdown in new[] { English.Value.Markdown, Chinese.Value.Markdown })
        {
            Assert.DoesNotContain("January–August", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("1—8月", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("2024-08-31", markdown, StringComparison.Ordinal);
        }

        Assert.Null(English.Value.Model.RegionalWindow);
        Assert.All(English.Value.Model.Claims, static c => Assert.Equal("2025Q1", c.Scope.Period.Label));
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Chinese)]
    public void Every_claim_passes_the_checker(ReportLanguage language)
    {
        var report = language == ReportLanguage.Chinese ? Chinese.Value : English.Value;
        Assert.Empty(ClaimChecker.Check(report.Model).Select(static v => v.ToString()));
    }

    [Fact]
    public void Both_editions_carry_the_same_claims_with_the_same_numbers()
    {
        Assert.Equal(English.Value.Model.Claims.Select(static c => c.Facts), Chinese.Value.Model.Claims.Select(static c => c.Facts));
        Assert.Equal(English.Value.Model.Headlines.Select(static c => c.Facts), Chinese.Value.Model.Headlines.Select(static c => c.Facts));
        Assert.All(Chinese.Value.Model.Claims, static c => Assert.DoesNotMatch(EnglishWord(), c.Text));
    }

    [Fact]
    public void Thresholds_are_crossed_only_where_the_findings_say_so()
    {
        var claims = English.Value.Model.Claims;
        Assert.All(claims.Where(static c => c.Text.Contains(" threshold of rule ", StringComparison.Ordinal) || c.Text.Contains(" floor of rule ", StringComparison.Ordinal)), static c =>
            Assert.Equal(ClaimKind.Finding, c.Kind));

        // Semiconductors had 19 deals, under min_deals: the report calls the sector too thin and judges it nowhere.
        var thin = Assert.Single(claims, static c => c.Kind == ClaimKind.Thin && c.Section == ClaimSections.Sectors);
        Assert.Contains(thin.Scopes, static s => s.Key == "Semiconductors" && s.Deals == 19);
        Assert.DoesNotContain(claims, static c => c.Kind is not (ClaimKind.Finding or ClaimKind.Thin) && c.Scope.Slice?.Value == "Semiconductors");
    }

    [Fact]
    public void Both_editions_cover_every_section()
    {
        string[] english = ["# Key figures", "# Executive summary", "# Market overview", "# Concentration", "# Stage structure", "# Sectors", "# Regions", "# Investors", "# Findings", "# Methodology", "# Appendix: the rules", "# Data quality"];
        string[] chinese = ["# 主要数据", "# 摘要", "# 市场概况", "# 资本集中度", "# 轮次结构", "# 行业分布", "# 区域分布", "# 投资方结构", "# 全部发现", "# 方法说明", "# 附录：规则说明", "# 数据质量"];
        AssertInOrder(English.Value.Markdown, english);
        AssertInOrder(Chinese.Value.Markdown, chinese);
        Assert.StartsWith("---\ntitle: ", English.Value.Markdown, StringComparison.Ordinal);
        Assert.Contains("\n<!-- toc -->\n", Chinese.Value.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_and_key_figures_give_the_period_dates_and_the_main_numbers()
    {
        var model = English.Value.Model;
        Assert.Equal("Quarterly monitor · Q1 2025", model.Report.Subtitle);
        Assert.Equal("2025年第一季度监测", Chinese.Value.Model.Report.Subtitle);
        Assert.Equal("2025-06-30", model.Report.Cutoff);
        Assert.Contains("cutoff: '2025-06-30'", English.Value.Markdown, StringComparison.Ordinal);
        Assert.Equal(["Deals", "Disclosed value", "AI share of value", "Market HHI"], model.KeyFigures.Select(static f => f.Name));
        Assert.Equal("471", model.KeyFigures[0].Value);
        Assert.Equal("+34%", model.KeyFigures[0].VersusPrevious);
        Assert.Equal("−4.9 pts", model.KeyFigures[2].VersusYearAgo);
        var keyFigures = Section(English.Value.Markdown, "# Key figures");
        Assert.All(model.TopFindings, f => Assert.Contains($"rule {f.Id})", keyFigures, StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_and_tables_are_numbered_with_a_source_line()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var placed = ChartFence().Matches(report.Markdown).Select(static m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(placed);
            for (var i = 0; i < placed.Count; i++)
            {
                var chart = report.Options.Charts[placed[i]];
                Assert.StartsWith(FigureNumbers.Label(i + 1, ReportLanguages.Parse(report.Model.Report.Language)), chart.Title, StringComparison.Ordinal);
                Assert.EndsWith(report.Model.Report.SourceLine, chart.Caption, StringComparison.Ordinal);
            }

            var tables = TableTitle().Matches(report.Markdown).Select(static m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(1, tables.Count), tables);
            Assert.True(tables.Count >= 8, $"{tables.Count} tables");
        }
    }

    [Fact]
    public void Findings_are_one_compact_table_with_severity_in_words()
    {
        var findings = Section(English.Value.Markdown, "# Findings");
        Assert.Contains("| ● Serious | Capital concentrates in the top fifth of companies", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/rules/", English.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Error CH", English.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("error(s)", English.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[!CAUTION]", findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_states_metrics_and_rule_conditions_in_words()
    {
        var methodology = Section(English.Value.Markdown, "# Methodology");
        Assert.Contains("| Top-quintile share | Share of value taken by the largest", methodology, StringComparison.Ordinal);
        Assert.Contains("| CH1001 | Capital concentrates in the top fifth of companies | The whole market | Moderate when the top-quintile share is above 60%; serious when the top-quintile share is above 80%. | 20 |", methodology, StringComparison.Ordinal);
        Assert.DoesNotContain("Metrics.", English.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Metrics.", Chinese.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("AdvancedManufacturing", English.Value.Markdown, StringComparison.Ordinal);

        // A Chinese sentence names the currency in words, not by its code.
        Assert.Contains("金额按年度平均汇率折算为人民币；", Chinese.Value.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("折算为CNY", Chinese.Value.Markdown, StringComparison.Ordinal);
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
    public void Every_chart_the_templates_place_exists_with_data_a_title_and_labelled_axes()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var placed = ChartFence().Matches(report.Markdown).Select(static m => m.Groups[1].Value).ToList();
            Assert.Equal(report.Model.Charts.Select(static c => c.Id).Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
            Assert.All(report.Model.Charts, chart =>
            {
                Assert.True(chart.HasData, chart.Id);
                Assert.False(string.IsNullOrWhiteSpace(chart.Title), chart.Id);
                Assert.Matches(UnitPattern(), chart.YLabel);
                Assert.NotEmpty(chart.XLabel);
            });
            var hhi = report.Model.Charts.Single(static c => c.Id == "hhi");
            Assert.Equal([1_500d, 1_800d], hhi.ReferenceLines.Select(static l => l.Value));
        }
    }

    [Fact]
    public void Output_has_no_unrendered_template_code_and_no_missing_value_in_a_sentence()
    {
        foreach (var markdown in new[] { English.Value.Markdown, Chinese.Value.Markdown })
        {
            Assert.DoesNotContain("{{", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("n/a", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("无数据", markdown, StringComparison.Ordinal);
            Assert.All(Prose(markdown), line => Assert.DoesNotContain("—", line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Both_pdf_editions_have_12_to_30_pages()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var pdf = Reporting.Rendering.ReportRenderer.RenderPdf(report.Markdown, report.Options);
            Assert.InRange(pdf.PageCount, 12, 30);
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_markdown()
    {
        Assert.Equal(English.Value.Markdown, Render(ReportLanguage.English).Markdown);
    }

    internal static RenderedReport Render(ReportLanguage language, string? dealsPath = null, string period = "2025Q1", IReadOnlyList<KeyValuePair<string, string>>? where = null) =>
        ReportPipeline.Render(new ReportRequest
        {
            DealsPath = dealsPath,
            ConfigPath = Path.Combine(Testing.RepositoryPaths.Root, "capitalhealth.yaml") is var config && File.Exists(config) ? config : null,
            Period = period,
            Where = where ?? [],
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

    /// <summary>The lines of running text: not table rows, headings, fences, front matter or list items of the key figures.</summary>
    internal static IEnumerable<string> Prose(string markdown) =>
        markdown.Split('\n').Where(static l => l.Length > 0 && !l.StartsWith('|') && !l.StartsWith('#') && !l.StartsWith("```", StringComparison.Ordinal) && !l.Contains(": '", StringComparison.Ordinal));

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

    [GeneratedRegex(@"^\*\*(?:Table |表)(\d+)[:：]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"[(（].+[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShaPattern();

    /// <summary>An English word of four letters or more (rule ids, HHI, CVC and numbers are not).</summary>
    [GeneratedRegex(@"\b[a-z]{4,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWord();
}
