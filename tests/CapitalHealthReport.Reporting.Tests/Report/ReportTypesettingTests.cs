using CapitalHealthReport.Pdf.Elements;
using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using CapitalHealthReport.Reporting.Tests.Rendering;
using Markdig.Syntax;
using ScottPlot;
using SkiaSharp;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>The sample report's charts and templates as a reader sees them: labels that do not collide, sentences that read.</summary>
public sealed class ReportTypesettingTests
{
    private static readonly Lazy<RenderedReport> English = new(() => SampleReportTests.Render(ReportLanguage.English));
    private static readonly Lazy<RenderedReport> Chinese = new(() => SampleReportTests.Render(ReportLanguage.Chinese));

    public static TheoryData<string> CategoryCharts => new(ChartBuilder.Ids.Where(static id => id is not "lorenz" and not "regions"));

    [Theory]
    [MemberData(nameof(CategoryCharts))]
    public void Category_labels_do_not_overlap_at_the_size_the_pdf_draws_them(string id)
    {
        using var fonts = FontSet.Load(RenderingKit.FontsFolder);
        var typefaces = new ChartTypefaces(fonts.ChartTypeface(false), fonts.ChartTypeface(true));
        using var font = new SKFont(typefaces.Regular, ChartRendering.TickSize);
        foreach (var (report, language) in new[] { (English.Value, "en"), (Chinese.Value, "zh-CN") })
        {
            var spec = report.Model.Charts.Single(c => c.Id == id);
            using var plot = ChartRendering.CreatePlot(spec, typefaces, language);
            var (width, natural) = ChartRendering.Size(spec);
            var height = Math.Max(natural, ChartFonts.MinimumHeight(plot));
            plot.RenderInMemory((int)width, (int)height);

            var horizontal = spec.Kind == ChartKind.HorizontalBar;
            var axis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
            var ticks = axis.TickGenerator.Ticks.Where(static t => t.IsMajor).ToList();
            Assert.Equal(spec.Categories.Count, ticks.Count);
            if (axis.TickLabelStyle.Rotation != 0)
            {
                // Slanted labels: each takes the room of one line across the slant. A half-width chart has a little
                // under half the category axis.
                var axisWidth = spec.Width == ChartWidth.Half ? ChartRendering.CategoryAxisWidth * 0.42f : ChartRendering.CategoryAxisWidth;
                Assert.True(ChartRendering.SlantCategoryLabels([.. ticks.Select(static t => t.Label)], axisWidth), $"{id} ({language}) slants labels that would fit");
                continue;
            }

            // Each label's measured box, along the category axis: [centre - extent / 2, centre + extent / 2].
            var boxes = ticks
                .Select(t => (
                    Centre: horizontal ? plot.GetPixel(new Coordinates(0, t.Position)).Y : plot.GetPixel(new Coordinates(t.Position, 0)).X,
                    Extent: horizontal ? font.Spacing : t.Label.Split('\n').Max(l => font.MeasureText(l))))
                .OrderBy(static b => b.Centre)
                .ToList();
            for (var i = 1; i < boxes.Count; i++)
            {
                var gap = (boxes[i].Centre - (boxes[i].Extent / 2)) - (boxes[i - 1].Centre + (boxes[i - 1].Extent / 2));
                Assert.True(gap >= 0, $"{id} ({language}): tick labels {i - 1} and {i} overlap by {-gap:0.0} px");
            }
        }
    }

    [Fact]
    public void Investor_types_are_ranked_as_horizontal_bars_so_long_type_names_fit()
    {
        var spec = English.Value.Model.Charts.Single(static c => c.Id == "investor_types");
        Assert.Equal(ChartKind.HorizontalBar, spec.Kind);
        Assert.Contains("Government fund", spec.Categories);
        Assert.Equal("Investor type", spec.XLabel);
        Assert.Equal("Share of active investors (%)", spec.YLabel);
    }

    [Fact]
    public void Crowded_category_labels_are_slanted_and_quarter_labels_are_not()
    {
        Assert.False(ChartRendering.SlantCategoryLabels(["2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1"]));
        Assert.True(ChartRendering.SlantCategoryLabels(["Unknown", "VC", "Corporate VC", "Government fund", "PE", "Angel"]));

        var median = ChartRendering.CreatePlot(English.Value.Model.Charts.Single(static c => c.Id == "median_round"));
        using (median)
        {
            Assert.NotEqual(0, median.Axes.Bottom.TickLabelStyle.Rotation);
        }
    }

    [Fact]
    public void Horizontal_bar_charts_grow_with_their_categories()
    {
        var companies = English.Value.Model.Charts.Single(static c => c.Id == "top_companies");
        Assert.Equal(10, companies.Categories.Count);
        var few = companies with { Categories = companies.Categories.Take(3).ToList(), Series = companies.Series.Select(static s => s with { Values = s.Values.Take(3).ToList() }).ToList() };
        Assert.True(ChartRendering.Size(companies).Height > ChartRendering.Size(few).Height + 100);

        using var many = ChartRendering.CreatePlot(companies);
        Assert.True(ChartFonts.MinimumHeight(many) <= ChartRendering.Size(companies).Height, "the chart is as tall as its labels need");
    }

    [Fact]
    public void The_sample_regions_are_drawn_as_a_map_of_china_in_both_languages()
    {
        foreach (var report in new[] { English.Value, Chinese.Value })
        {
            var regions = report.Model.Charts.Single(static c => c.Id == "regions");
            Assert.Equal(ChartKind.TileMap, regions.Kind);
            Assert.Same(TileGrids.China, TileGrids.Choose(regions.Categories));
            Assert.True(regions.HasData);
        }
    }

    [Fact]
    public void Legends_sit_outside_the_data_of_lorenz_and_ranking_charts()
    {
        foreach (var id in new[] { "lorenz", "hhi", "hot_sector_share" })
        {
            using var plot = ChartRendering.CreatePlot(English.Value.Model.Charts.Single(c => c.Id == id));
            Assert.False(plot.Legend.IsVisible, id);
            Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
        }
    }

    [Fact]
    public void Chart_titles_and_bottom_ticks_are_moved_onto_their_line_box()
    {
        using var fonts = FontSet.Load(RenderingKit.FontsFolder);
        using var plot = ChartRendering.CreatePlot(English.Value.Model.Charts.Single(static c => c.Id == "hhi"));
        ChartFonts.Apply(plot, fonts.ChartTypeface(false), fonts.ChartTypeface(true));

        Assert.Equal(ChartFonts.LegendBaselineCorrection(fonts.ChartTypeface(false), ChartRendering.TickSize), plot.Axes.Bottom.TickLabelStyle.OffsetY, 3);
        Assert.True(plot.Axes.Title.Label.OffsetY > 0);
        Assert.Equal(0, plot.Axes.Left.Label.OffsetX);
        Assert.Equal(0, plot.Axes.Left.Label.Rotation);
    }

    [Theory]
    [InlineData("yoy.early_count_share", "上年同期早期轮次占比", "Early-stage share of deals, a year earlier")]
    [InlineData("location_quotient.max", "最高区位商", "Highest location quotient")]
    [InlineData("undisclosed_share", "金额未披露率", "Undisclosed share")]
    public void Finding_evidence_is_named_in_the_report_language(string evidence, string chinese, string english)
    {
        Assert.Equal(chinese, Vocabulary.EvidenceName(evidence, ReportLanguage.Chinese));
        Assert.Equal(english, Vocabulary.EvidenceName(evidence, ReportLanguage.English));
    }

    [Fact]
    public void Chinese_findings_name_no_raw_metric_keys_and_show_shares_as_percentages()
    {
        var findings = SampleReportTests.Section(Chinese.Value.Markdown, "# 全部发现");
        Assert.DoesNotContain("undisclosed_share", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("yoy.", findings, StringComparison.Ordinal);
        Assert.DoesNotContain(".max", findings, StringComparison.Ordinal);
        Assert.Contains("金额披露率58.8%（下限70%）", findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_bold_runs_close_before_punctuation_so_no_asterisks_show()
    {
        var summary = SampleReportTests.Section(Chinese.Value.Markdown, "# 摘要");

        // CommonMark does not close ** that follows punctuation and precedes a letter or ideograph ("。**2025", "%**的").
        Assert.DoesNotMatch(@"[。，；%]\*\*[\p{L}\p{N}]", summary);
    }

    [Fact]
    public void No_bold_run_of_either_report_is_left_open_to_show_its_asterisks()
    {
        // Parsed as the report parses it: a ** that CommonMark cannot close stays literal text in the PDF and HTML
        // (the Chinese rules appendix once read "**CH1001：资金向头部五分之一企业集中。**统计期内…").
        foreach (var markdown in new[] { English.Value.Markdown, Chinese.Value.Markdown })
        {
            var document = Markdig.Markdown.Parse(markdown, ReportMarkdown.Pipeline);
            var literals = document.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(static l => l.Content.ToString());
            Assert.DoesNotContain(literals, static text => text.Contains('*', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Deals_without_a_sector_or_region_are_named_in_the_report_language()
    {
        var chinese = new CapitalHealthReport.Reporting.Model.DisplayNames(CapitalHealthReport.Reference.ReferenceData.Default, ReportLanguage.Chinese);
        var english = new CapitalHealthReport.Reporting.Model.DisplayNames(CapitalHealthReport.Reference.ReferenceData.Default, ReportLanguage.English);

        // A US export's sector table once read "Unknown" among 软件 and 人工智能.
        Assert.Equal("未知", chinese.Sector("Unknown"));
        Assert.Equal("未知", chinese.Region("Unknown"));
        Assert.Equal("人工智能", chinese.Sector("AI"));
        Assert.Equal("Unknown", english.Sector("Unknown"));
        Assert.Equal("Unknown", english.Region("Unknown"));
    }

    [Theory]
    [InlineData("investor_type_share.Government", "政府引导基金占活跃投资方比例", "Share of Government investors among active investors")]
    [InlineData("stage_count_share.Seed", "种子轮事件占比", "Share of deals in Seed rounds")]
    [InlineData("median_amount.EPlus", "E轮及以后融资中位数", "Median E+ round")]
    [InlineData("sector_value_share.Energy", "能源金额占比", "Share of value in Energy")]
    [InlineData("sector_count_share.EnterpriseSoftware", "企业服务事件占比", "Share of deals in Enterprise software")]
    [InlineData("region_count_share.Guangdong", "广东事件占比", "Share of deals in Guangdong")]
    [InlineData("sector_count_share.Quantum Computing", "Quantum Computing事件占比", "Share of deals in Quantum Computing")]
    public void A_keyed_evidence_names_its_stage_investor_type_sector_or_region_in_the_report_language(string evidence, string chinese, string english)
    {
        Assert.Equal(chinese, Vocabulary.EvidenceName(evidence, ReportLanguage.Chinese));
        Assert.Equal(english, Vocabulary.EvidenceName(evidence, ReportLanguage.English));
    }

    [Fact]
    public void Findings_give_no_help_link_without_a_help_base_url()
    {
        var findings = SampleReportTests.Section(English.Value.Markdown, "# Findings");
        Assert.DoesNotContain("](", findings, StringComparison.Ordinal);
        Assert.All(English.Value.Model.Findings, static f => Assert.Equal("", f.Help));
    }
}
