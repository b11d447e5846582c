using System.Globalization;
using System.Text;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;
using CsCheck;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Random exports unlike the sample (random sectors, regions, currencies and stage mixes; empty slices, one deal,
/// nothing disclosed) through the whole report in every format and both languages: the run either writes its
/// report, every claim of which passes the checker, or stops with a clear input error (exit 2), never an
/// unexpected failure (exit 70).
/// </summary>
public sealed class RandomDatasetReportTests : IDisposable
{
    private static readonly string[] SectorPool = ["AI", "人工智能", "Energy", "Health", "Water", "AgriFood", "Semiconductors", "Quantum Widgets", "fintech", ""];
    private static readonly string[] RegionPool = ["Beijing", "上海", "广东省", "California", "Karnataka", "Bavaria", "Atlantis", ""];
    private static readonly string[] CurrencyPool = ["CNY", "USD", "EUR", "INR", "JPY"];
    private static readonly ReportFormat[] Formats = [ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Pdf];

    private readonly TempFolder _folder = new("random");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Any_dataset_gives_a_checked_report_or_a_clear_input_error()
    {
        var outcomes = new List<string>();
        Dataset.Sample(
            dataset =>
            {
                var outcome = Run(dataset);
                outcomes.Add(outcome);
                return true;
            },
            iter: 24,
            threads: 1);
        Assert.Contains(outcomes, static o => o.StartsWith("report", StringComparison.Ordinal));
    }

    public static TheoryData<string> NamedDatasets => new("one deal", "nothing disclosed", "United States", "India", "thin sectors");

    /// <summary>Datasets unlike the sample, each through every format in both languages: a report whose claims all pass the checker.</summary>
    [Theory]
    [MemberData(nameof(NamedDatasets))]
    public void A_dataset_unlike_the_sample_gives_a_checked_report_in_every_format_and_language(string name)
    {
        var dataset = name switch
        {
            "one deal" => new Dataset(["AI"], ["Beijing"], "CNY", 1.0, 1, 1, "2025Q1", 0),
            "nothing disclosed" => new Dataset(["AI", "Energy", "Health"], ["Beijing", "上海"], "CNY", 0.0, 40, 2, "2025Q1", 0),
            "United States" => new Dataset(["AI", "Health", "fintech"], ["California", "Atlantis"], "USD", 0.7, 90, 3, "2025Q1", 0),
            "India" => new Dataset(["AI", "Energy", "AgriFood", "Water"], ["Karnataka"], "INR", 0.5, 90, 4, "2024H2", 0),
            _ => new Dataset(["Semiconductors", "Water", "Quantum Widgets"], ["广东省", "Bavaria"], "EUR", 0.3, 30, 5, "2025", 0),
        };
        var path = _folder.File("deals.csv");
        File.WriteAllText(path, dataset.Csv(), new UTF8Encoding(false));
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            foreach (var format in Formats)
            {
                var output = _folder.File($"report.{language}.{ReportPipeline.Extension(format)}");
                var result = ReportPipeline.Run(Request(path, dataset.Period, language, format, output));
                Assert.True(new FileInfo(output).Length > 0, $"{name}, {language}, {format}");
                var violations = ClaimChecker.Check(result.Model);
                Assert.True(violations.Count == 0, $"{name}, {language}:\n" + string.Join("\n", violations));
                Assert.InRange(result.Model.Headlines.Count, 1, 6);
            }
        }
    }

    [Fact]
    public void A_one_deal_report_speaks_of_its_deal_in_the_singular()
    {
        var path = _folder.File("one.csv");
        File.WriteAllText(path, new Dataset(["AI"], ["Beijing"], "CNY", 1.0, 1, 1, "2025Q1", 0).Csv(), new UTF8Encoding(false));
        var markdown = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.English, ReportFormat.Markdown, null)).Markdown;

        // It once read "There were 1 deals in Q1 2025" and "With 1 deals, Q1 2025 is too thin to judge".
        Assert.Contains("There was 1 deal in Q1 2025.", markdown, StringComparison.Ordinal);
        Assert.Contains("With 1 deal, Q1 2025 is too thin to judge", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(OneDeals, markdown);

        // The company table and chart once read "Top 1 AI companies" and, in Chinese, "融资额前十企业" (the top ten).
        Assert.Contains("## AI: the best-funded company\n", markdown, StringComparison.Ordinal);
        Assert.Contains("The AI company with the most disclosed funding, Q1 2025", markdown, StringComparison.Ordinal);
        var chinese = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.Chinese, ReportFormat.Markdown, null));
        Assert.Contains("人工智能融资额最高的企业", chinese.Markdown, StringComparison.Ordinal);
        // One company is one bar: the table gives it and no chart stands beside it.
        Assert.DoesNotContain(chinese.Model.Charts, static c => c.Id == "top_companies");
        Assert.DoesNotContain("Top 1 ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thin_period_with_nothing_disclosed_says_why_concentration_has_no_figures()
    {
        var path = _folder.File("thin-undisclosed.csv");
        File.WriteAllText(path, new Dataset(["AI"], ["Texas"], "USD", 0.0, 6, 6, "2025Q1", 0).Csv(), new UTF8Encoding(false));
        var english = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.English, ReportFormat.Markdown, null)).Markdown;
        var chinese = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.Chinese, ReportFormat.Markdown, null)).Markdown;

        // The section once promised "the figures below" and showed none.
        var concentration = english[english.IndexOf("# Concentration", StringComparison.Ordinal)..english.IndexOf("# Stage structure", StringComparison.Ordinal)];
        Assert.Contains("No deal in Q1 2025 disclosed an amount, so value, concentration and round-size measures cannot be computed.", concentration, StringComparison.Ordinal);
        Assert.DoesNotContain("figures below", concentration, StringComparison.Ordinal);
        var zh = chinese[chinese.IndexOf("# 资本集中度", StringComparison.Ordinal)..chinese.IndexOf("# 轮次结构", StringComparison.Ordinal)];
        Assert.DoesNotContain("下表只列示数据", zh, StringComparison.Ordinal);
        Assert.Contains("the rules need at least 20 deals to judge the market", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_without_a_baseline_weight_get_no_empty_location_quotient_column()
    {
        var path = _folder.File("europe.csv");
        File.WriteAllText(path, new Dataset(["Energy", "Health"], ["Bavaria", "Lombardy"], "EUR", 0.7, 30, 7, "2025Q1", 0).Csv(), new UTF8Encoding(false));
        var english = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.English, ReportFormat.Markdown, null)).Markdown;
        var chinese = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.Chinese, ReportFormat.Markdown, null)).Markdown;

        // The bundled baseline weighs Chinese provinces: a column of dashes under a note on quotients above 1 told European readers nothing.
        Assert.Contains("| Region | Deals | Share of deals | Share of value |\n", english, StringComparison.Ordinal);
        Assert.Contains("No location quotient is shown: the baseline of regional weights (GDP) lists none of these regions.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("A location quotient above 1 means", english, StringComparison.Ordinal);
        Assert.Contains("| 地区 | 事件数 | 事件占比 | 金额占比 |\n", chinese, StringComparison.Ordinal);
        Assert.Contains("因此不列示区位商", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strategic_sectors_chart_leaves_out_the_strategic_sectors_the_data_never_funds()
    {
        var path = _folder.File("two-sectors.csv");
        File.WriteAllText(path, new Dataset(["Health", "Fintech"], ["California", "Texas"], "USD", 0.9, 40, 11, "2025Q1", 0).Csv(), new UTF8Encoding(false));
        var model = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.English, ReportFormat.Markdown, null)).Model;

        // Energy, Agri-food and Water had a legend entry each and no bar.
        var chart = model.Charts.Single(static c => c.Id == "strategic_sectors");
        Assert.Equal(["Health"], chart.Series.Select(static s => s.Name));
    }

    [Fact]
    public void The_quarterly_series_begins_where_the_data_begins()
    {
        var path = _folder.File("recent.csv");
        File.WriteAllText(
            path,
            "id,date,company,sector,stage,amount,currency,region,investors\n"
            + "R1,2024-11-05,Alpha,AI,A,1000000,EUR,Bavaria,Fund 1\n"
            + "R2,2025-02-10,Beta,AI,Seed,500000,EUR,Bavaria,Fund 2\n"
            + "R3,2025-05-20,Gamma,Health,B,2000000,EUR,Lombardy,Fund 1\n",
            new UTF8Encoding(false));
        var model = ReportPipeline.Render(Request(path, "2025Q2", ReportLanguage.English, ReportFormat.Markdown, null)).Model;

        // The data says nothing of 2023 or early 2024: eight quarters back would have shown five quarters of zeros.
        Assert.Equal(["2024Q4", "2025Q1", "2025Q2"], model.Series.Select(static q => q.Label));
        Assert.All(model.Series, static q => Assert.Equal(1, q.DealCount));
    }

    [Fact]
    public void A_strategic_round_is_not_called_a_strategic_investment_financing()
    {
        var path = _folder.File("strategic.csv");
        File.WriteAllText(
            path,
            "日期,公司名称,行业,轮次,金额,地区,投资方\n"
            + "2025-05-21,深度求索,人工智能,战略融资,10亿元,浙江,幻方\n"
            + "2025-05-10,宇树科技,先进制造,C轮,5亿元,浙江,腾讯\n",
            new UTF8Encoding(false));
        var markdown = ReportPipeline.Render(Request(path, "2025Q2", ReportLanguage.Chinese, ReportFormat.Markdown, null)).Markdown;

        Assert.Contains("深度求索（浙江）的战略投资，金额10.0亿元", markdown, StringComparison.Ordinal);
        Assert.Contains("宇树科技（浙江）的C轮融资，金额5.0亿元", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("战略投资融资", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judged_period_with_nothing_disclosed_and_no_known_investor_says_what_it_cannot_measure()
    {
        var path = _folder.File("undisclosed.csv");
        var csv = new StringBuilder("id,date,company,sector,stage,amount,currency,region,investors\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"U{i},2025-02-{1 + (i % 28):00},Company {i},{(i < 18 ? "AI" : "Health")},{(i % 2 == 0 ? "Seed" : "Series A")},,USD,{(i % 3 == 0 ? "Texas" : "Ohio")},Partners {i % 7}\n");
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
        var english = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.English, ReportFormat.Markdown, null));
        var chinese = ReportPipeline.Render(Request(path, "2025Q1", ReportLanguage.Chinese, ReportFormat.Markdown, null));

        // The concentration section once stood empty under its heading when no deal disclosed an amount.
        Assert.Contains("# Concentration\n\nNo deal in Q1 2025 disclosed an amount, so value, concentration and round-size measures cannot be computed.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("# 资本集中度\n\n2025年第一季度没有披露金额的融资事件", chinese.Markdown, StringComparison.Ordinal);

        // No investor is in the directory: the type shares are unmeasured, not 0%, and no rule reads them as 0.
        Assert.Contains("# Investors\n\nNo investor active in Q1 2025 is of a known type, so the investor mix cannot be measured.", english.Markdown, StringComparison.Ordinal);
        var investors = english.Markdown[english.Markdown.IndexOf("# Investors", StringComparison.Ordinal)..english.Markdown.IndexOf("# Findings", StringComparison.Ordinal)];
        Assert.DoesNotContain("of the active investors", investors, StringComparison.Ordinal);
        Assert.DoesNotContain("of the investors that made a deal", investors, StringComparison.Ordinal);
        Assert.DoesNotContain("investors with at least three deals", investors, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Model.Findings, static f => f.Id is "CH5001" or "CH5002" or "CH5003");

        // Nor is a chart of them drawn: it once showed a single bar, "Unknown" at 100%, under that sentence.
        Assert.DoesNotContain(english.Model.Charts, static c => c.Id == "investor_types");
        Assert.DoesNotContain("```chart investor_types", investors, StringComparison.Ordinal);
        Assert.Contains("| # | Investor | Deals |\n", investors, StringComparison.Ordinal);
        Assert.Contains("| 排名 | 投资方 | 事件数 |\n", chinese.Markdown, StringComparison.Ordinal);

        // One quarter is one point of the hot sector's share: no chart (ThinDataReportTests titles it over two quarters).
        Assert.DoesNotContain(english.Model.Charts, static c => c.Id == "hot_sector_share");
        Assert.DoesNotContain(chinese.Model.Charts, static c => c.Id == "hot_sector_share");

        // A restated deal-count finding names its sector, and says nothing "also": it may lead the summary, where no
        // sentence comes before it.
        Assert.Contains("Rule CH9002 reports an informational finding on the number of AI deals (18)", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("人工智能的融资事件数（18）触发规则CH9002", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" also reports ", english.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>"1 deals" (not "21 deals" or "1,001 deals").</summary>
    private const string OneDeals = @"(?<![\d,.])1 deals\b";

    private static Gen<Dataset> Dataset =>
        Gen.Select(
            Gen.Int[1, 3].SelectMany(n => Gen.Int[0, SectorPool.Length - 1].Array[n, n]),
            Gen.Int[1, 4].SelectMany(n => Gen.Int[0, RegionPool.Length - 1].Array[n, n]),
            Gen.Int[0, CurrencyPool.Length - 1],
            OneOf(0.0, 0.3, 0.7, 1.0),
            OneOf(1, 2, 5, 30, 90),
            Gen.Int[0, 1000],
            OneOf("2025Q1", "2024Q4", "2025", "2024H2"),
            Gen.Int[0, 5])
        .Select(static (sectors, regions, currency, disclosed, rows, seed, period, pick) =>
            new Dataset([.. sectors.Select(static i => SectorPool[i])], [.. regions.Select(static i => RegionPool[i])], CurrencyPool[currency], disclosed, rows, seed, period, pick));

    private static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private string Run(Dataset dataset)
    {
        var path = _folder.File($"deals-{dataset.Seed}-{dataset.Rows}.csv");
        File.WriteAllText(path, dataset.Csv(), new UTF8Encoding(false));
        try
        {
            // Both languages' claims, checked; then one format and language end to end, written to a file.
            foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
            {
                var rendered = ReportPipeline.Render(Request(path, dataset.Period, language, ReportFormat.Markdown, null));
                var violations = ClaimChecker.Check(rendered.Model);
                Assert.True(violations.Count == 0, dataset + "\n" + string.Join("\n", violations));
                Assert.DoesNotContain("{{", rendered.Markdown, StringComparison.Ordinal);
                Assert.All(SampleReportTests.Prose(rendered.Markdown), line => Assert.DoesNotContain("n/a", line, StringComparison.Ordinal));
                Assert.DoesNotMatch(OneDeals, rendered.Markdown);
            }

            var format = Formats[dataset.Pick % Formats.Length];
            var lang = dataset.Pick % 2 == 0 ? ReportLanguage.English : ReportLanguage.Chinese;
            var output = _folder.File($"report-{dataset.Seed}.{ReportPipeline.Extension(format)}");
            var result = ReportPipeline.Run(Request(path, dataset.Period, lang, format, output));
            Assert.True(new FileInfo(output).Length > 0, dataset.ToString());
            Assert.Empty(ClaimChecker.Check(result.Model));
            return "report " + format;
        }
        catch (InputException ex)
        {
            // Exit 2: a clear message naming what is wrong (no deals in the period, every row rejected, …).
            Assert.False(string.IsNullOrWhiteSpace(ex.Message), dataset.ToString());
            return "input error: " + ex.Message;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"exit 70 on {dataset}: {ex}");
        }
    }

    private static ReportRequest Request(string path, string period, ReportLanguage language, ReportFormat format, string? output) => new()
    {
        DealsPath = path,
        Period = period,
        Language = language,
        Format = format,
        OutputPath = output,
        ConfigPath = Path.Combine(Testing.RepositoryPaths.Root, "capitalhealth.yaml"),
    };
}

/// <summary>A random export: which sectors, regions and currency it uses, how much is disclosed, how many rows.</summary>
internal sealed record Dataset(string[] Sectors, string[] Regions, string Currency, double Disclosed, int Rows, int Seed, string Period, int Pick)
{
    private static readonly string[] Stages = ["Seed", "天使轮", "A轮", "Series B", "C", "Series D", "Pre-IPO", "Strategic", "Debt", "Grant", "venture", ""];
    private static readonly string[] Investors = ["红杉中国", "Sequoia Capital", "深创投", "IDG资本", "快手", "中关村科学城", "Some Angel", "Unlisted Partners"];

    public string Csv()
    {
        var random = new Random(Seed);
        var text = new StringBuilder("id,date,company,sector,stage,amount,currency,region,investors\n");
        var first = new DateOnly(2024, 1, 1).DayNumber;
        var last = new DateOnly(2025, 6, 30).DayNumber;
        for (var i = 0; i < Rows; i++)
        {
            // One deal lands in the report period; the others spread over a year and a half.
            var day = i == 0 ? new DateOnly(2025, 2, 14).DayNumber : random.Next(first, last + 1);
            var amount = random.NextDouble() < Disclosed
                ? (Math.Round(Math.Pow(10, 5 + (random.NextDouble() * 4.5)), 0)).ToString(CultureInfo.InvariantCulture)
                : random.Next(2) == 0 ? "" : "未披露";
            var investors = string.Join(';', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Investors[random.Next(Investors.Length)]).Distinct(StringComparer.Ordinal));
            text.Append(CultureInfo.InvariantCulture, $"R{i},{DateOnly.FromDayNumber(day):yyyy-MM-dd},Company {random.Next(1, Math.Max(2, Rows / 2) + 1)},")
                .Append(Sectors[random.Next(Sectors.Length)]).Append(',')
                .Append(Stages[random.Next(Stages.Length)]).Append(',')
                .Append(amount).Append(',')
                .Append(Currency).Append(',')
                .Append(Regions[random.Next(Regions.Length)]).Append(',')
                .Append(investors).Append('\n');
        }

        return text.ToString();
    }

    public override string ToString() =>
        $"Dataset(sectors [{string.Join('|', Sectors)}], regions [{string.Join('|', Regions)}], {Currency}, disclosed {Disclosed}, {Rows} rows, seed {Seed}, {Period}, pick {Pick})";
}
