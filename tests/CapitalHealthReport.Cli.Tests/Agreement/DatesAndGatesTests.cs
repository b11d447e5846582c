using System.Text;
using System.Text.Json;
using CapitalHealthReport.Cli.Tests.Determinism;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Cli.Tests.Agreement;

/// <summary>
/// The publication date (<c>--as-of</c>) and the data cut-off (<c>--cutoff</c>) are two dates; the default period is
/// the latest quarter that ends on or before the cut-off; a period or filter that selects nothing is an error.
/// </summary>
public sealed class DatesAndGatesTests : IDisposable
{
    private readonly TempFolder _folder = new("dates");

    [Fact]
    public void The_default_period_is_the_latest_quarter_ending_on_or_before_the_last_deal()
    {
        // The export ends on 13 January 2020: 2020Q1 is not complete, so 2019Q4 is reported.
        var deals = Write("ends-mid-january.csv", Deals(new DateOnly(2019, 7, 1), new DateOnly(2020, 1, 13)));
        foreach (var command in new[] { "analyze", "metrics" })
        {
            var outcome = InProcess.Run([command, "--deals", deals, "--format", "json"]);
            Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
            using var json = JsonDocument.Parse(outcome.Stdout);
            Assert.Equal("2019Q4", json.RootElement.GetProperty("period").GetString());
        }

        var validate = InProcess.Run(["data", "validate", "--deals", deals]);
        Assert.Contains("default period       2019Q4", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("data cut-off         2020-01-13", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cutoff_after_the_data_ends_reports_the_last_quarter_the_data_covers()
    {
        // Quarters after the data ends are not quarters without deals: the data says nothing of them.
        var deals = Write("ends-in-june.csv", Deals(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)));

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--cutoff", "2025-10-05"]);

        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("2025Q2", json.RootElement.GetProperty("period").GetString());
    }

    [Fact]
    public void An_empty_default_quarter_names_the_quarters_that_have_deals()
    {
        // Deals through 2024Q2, none in the three quarters after, then deals again until 28 June 2025: the default
        // quarter, 2025Q1, is empty. The message once said no quarter ending by the cut-off had deals, and suggested
        // a quarter after the cut-off.
        var deals = Write(
            "gap.csv",
            Deals(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)) + string.Concat(Deals(new DateOnly(2025, 4, 2), new DateOnly(2025, 6, 28)).Split('\n').Skip(1).Select(static l => l.Length == 0 ? "" : "G" + l + "\n")));

        var report = InProcess.Run(["analyze", "--deals", deals]);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("no deals in 2025Q1", report.Stderr, StringComparison.Ordinal);
        Assert.Contains("2025Q1, the latest quarter that ends by 2025-06-28, has no deals; give --period 2024Q2 (the latest quarter before it with deals), or --period 2025Q2 (the quarter the data ends in, covered through 2025-06-28).", report.Stderr, StringComparison.Ordinal);
        var validate = InProcess.Run(["data", "validate", "--deals", deals]);
        Assert.Contains("default period       2025Q1 (no deals in it: give --period)", validate.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-10", "2024-11", "2024-12", "month")]
    [InlineData("2024-Q3", "2024-Q4", "Q4 2024", "quarter")]
    public void Deals_dated_by_month_or_quarter_alone_count_through_its_end_so_the_latest_one_is_reported(string first, string second, string last, string unit)
    {
        // An export that dates deals by month (or quarter) through December covers the fourth quarter: dated the first
        // of December, the data would have ended on 1 December and the third quarter would have been reported.
        var deals = Write($"by-{unit}.csv", $"date,company,amount,currency\n{first},A Co,5000000,USD\n{second},B Co,3000000,USD\n{last},C Co,1000000,USD\n");

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q4"]);
        Assert.Equal(0, metrics.ExitCode);
        using var json = JsonDocument.Parse(metrics.Stdout);
        Assert.Equal("2024Q4", json.RootElement.GetProperty("period").GetString());
        Assert.Contains($"dates 3 deals by their {unit} alone", metrics.Stderr, StringComparison.Ordinal);
        Assert.Contains("the data counts through 2024-12-31", metrics.Stderr, StringComparison.Ordinal);

        var validate = InProcess.Run(["data", "validate", "--deals", deals]);
        Assert.Contains("data cut-off         2024-12-31", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("default period       2024Q4", validate.Stdout, StringComparison.Ordinal);

        // A publication date inside the month keeps the cut-off from passing it.
        var published = InProcess.Run(["data", "validate", "--deals", deals, "--as-of", "2024-12-15", "--format", "json"]);
        using var profile = JsonDocument.Parse(published.Stdout);
        Assert.Equal("2024-12-15", profile.RootElement.GetProperty("cutoff").GetString());
        Assert.Equal(unit == "month" ? 3 : 0, profile.RootElement.GetProperty("dated_by_month").GetInt32());
        Assert.Equal(unit == "quarter" ? 3 : 0, profile.RootElement.GetProperty("dated_by_quarter").GetInt32());
    }

    [Fact]
    public void A_report_states_what_its_figures_assume_in_its_own_language()
    {
        // Amounts naming no currency in an export whose regions are Taiwan's, and deals dated by month: the report says
        // both in its data-quality section, in English or in Chinese, as the command line says them.
        var deals = Write("taiwan-by-month.csv", "date,company,amount,region\n2024-10,甲科技,5000萬,臺北市\n2024-11,乙科技,2億,新竹\n2024-12,丙科技,300萬,高雄\nsomeday,丁科技,100萬,高雄\n");
        var english = _folder.File("report.md");
        var chinese = _folder.File("report.zh-CN.md");

        var run = InProcess.Run(["report", "--deals", deals, "--format", "md", "--output", english]);
        var runChinese = InProcess.Run(["report", "--deals", deals, "--format", "md", "--lang", "zh-CN", "--output", chinese]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, runChinese.ExitCode);
        var text = File.ReadAllText(english);
        Assert.Contains("2024Q4", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("**What the figures assume.**", text, StringComparison.Ordinal);
        Assert.Contains("- No deal names its currency", text, StringComparison.Ordinal);
        Assert.Contains("read and reported as TWD, assumed, the currency of the data's country (Taiwan, from the regions)", text, StringComparison.Ordinal);
        Assert.Contains("taiwan-by-month.csv dates 3 deals by their month alone", text, StringComparison.Ordinal);
        var zh = File.ReadAllText(chinese);
        Assert.Contains("**数据处理中的假定与说明**", zh, StringComparison.Ordinal);
        Assert.Contains("- 所有交易均未注明币种", zh, StringComparison.Ordinal);
        Assert.Contains("（数据所属国家台湾的货币，依据地区）", zh, StringComparison.Ordinal);
        Assert.Contains("taiwan-by-month.csv有3笔交易只写月份：各记为该月首日，计入所在季度；数据截至2024-12-31", zh, StringComparison.Ordinal);
        Assert.Contains("- taiwan-by-month.csv共4行，其中1行未使用", zh, StringComparison.Ordinal);
        Assert.Contains("| CHD002 | 日期无法识别 | 1 | 5 |", zh, StringComparison.Ordinal);
        Assert.Contains("| CHD002 | unparsable date | 1 | 5 |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deals by their month alone", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assumed_number_format_is_stated_by_every_command_in_its_own_language()
    {
        // '707.630' and '1.500' read as 707,630 and 1,500 with a decimal comma, or as 707.63 and 1.5 with a decimal point:
        // nothing decides, the loader assumes grouping, and a wrong guess is off by a thousand times.
        var deals = Write("grouped.csv", "date,company,amount,currency\n2024-10-05,A,\"707.630\",EUR\n2024-11-05,B,\"1.500\",EUR\n2024-12-05,C,2000000,EUR\n");
        var decided = Write("decided.csv", "date,company,amount,currency\n2024-10-05,A,\"707.630\",EUR\n2024-11-05,B,\"1,5\",EUR\n");
        var chinese = _folder.File("report.zh-CN.md");

        var metrics = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q4"]);
        var report = InProcess.Run(["report", "--deals", deals, "--period", "2024Q4", "--format", "md", "--lang", "zh-CN", "--output", chinese]);

        Assert.Equal(0, metrics.ExitCode);
        Assert.Contains("warning: no amount in column 'amount' of grouped.csv shows its decimal separator: '707.630' (line 2) and 1 more were read as whole numbers (707630), assumed (decimal ',', thousands '.'); if they are decimals, set decimal_separator in a mapping file.", metrics.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("grouped.csv的“amount”列中没有金额能表明小数分隔符：“707.630”（第2行）等2个值按整数读取（707630），系假定；如为小数，请在映射文件中设置 decimal", File.ReadAllText(chinese), StringComparison.Ordinal);
        Assert.DoesNotContain("decimal separator", InProcess.Run(["metrics", "--deals", decided, "--period", "2024Q4"]).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_is_the_publication_date_and_moves_neither_the_cutoff_nor_the_period()
    {
        var without = InProcess.Run(["metrics"]);
        var published = InProcess.Run(["metrics", "--as-of", "2026-01-15"]);
        Assert.Equal(0, published.ExitCode);
        Assert.Equal(without.Stdout, published.Stdout);

        var validate = InProcess.Run(["data", "validate", "--as-of", "2026-01-15"]);
        Assert.Contains("data cut-off         2025-06-30", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("default period       2025Q2", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("publication date     2026-01-15", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cutoff_leaves_later_deals_out_and_moves_the_default_period()
    {
        var outcome = InProcess.Run(["metrics", "--cutoff", "2025-03-31"]);
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("2025Q1", json.RootElement.GetProperty("period").GetString());
        Assert.Contains("deals dated after the cut-off 2025-03-31 were left out", outcome.Stderr, StringComparison.Ordinal);

        var after = InProcess.Run(["metrics", "--cutoff", "2025-03-31", "--period", "2025Q2"]);
        Assert.Equal(2, after.ExitCode);
        Assert.Contains("no deals in 2025Q2; the data covers 2023-01-01..2025-03-31", after.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("metrics")]
    [InlineData("report")]
    public void A_period_without_deals_exits_2_saying_what_the_data_covers(string command)
    {
        var outcome = InProcess.Run([command, "--period", "2030Q1", "--output", _folder.File("out")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("no deals in 2030Q1; the data covers 2023-01-01..2025-06-30", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("out")));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("metrics")]
    [InlineData("report")]
    public void A_where_value_no_deal_has_is_an_error_naming_the_values_that_exist(string command)
    {
        var outcome = InProcess.Run([command, "--period", "2025Q1", "--where", "sector=Robots", "--output", _folder.File("out")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--where sector=Robots matches no deal; the sector values in the data are: AI, AdvancedManufacturing,", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("Semiconductors", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_where_value_close_to_one_the_data_has_suggests_it_before_the_values()
    {
        var outcome = InProcess.Run(["metrics", "--period", "2025Q1", "--where", "region=Bejing", "--output", _folder.File("out")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--where region=Bejing matches no deal; did you mean 'Beijing'? the region values in the data are: Anhui, Beijing,", outcome.Stderr, StringComparison.Ordinal);

        var field = InProcess.Run(["metrics", "--period", "2025Q1", "--where", "regoin=Beijing", "--output", _folder.File("out")]);
        Assert.Equal(2, field.ExitCode);
        Assert.Contains("'regoin' is not a filter field. Did you mean 'region'? Use one of: sector, subsector, region,", field.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_where_value_listing_several_values_is_told_to_repeat_where_one_value_each()
    {
        var outcome = InProcess.Run(["metrics", "--period", "2025Q1", "--where", "sector=AI, Enterprise Software", "--output", _folder.File("out")]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--where sector=AI, Enterprise Software matches no deal;", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("A filter names one value; to keep the deals of several, repeat --where, one value each: --where sector=AI --where 'sector=Enterprise Software'.", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("out")));
    }

    [Theory]
    [InlineData("sector!=AI")]
    [InlineData("stage>=B")]
    [InlineData("amount>=1000000")]
    public void A_where_that_excludes_or_compares_says_filters_keep_one_value(string where)
    {
        var outcome = InProcess.Run(["metrics", "--period", "2025Q1", "--where", where]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("a filter keeps the deals whose field is the value given; it cannot exclude a value or compare with one.", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("--where sector=Energy --where sector=Health keeps the deals of either sector", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_values_in_the_data_s_own_words_select_what_the_loader_mapped_them_to()
    {
        // The sample's sectors and regions are written in Chinese (人工智能, 北京市) and loaded as AI and Beijing: a
        // Chinese user's filter once matched no deal.
        var chinese = InProcess.Run(["metrics", "--period", "2025Q1", "--where", "sector=人工智能", "--where", "region=北京", "--output", _folder.File("zh.json")]);
        var english = InProcess.Run(["metrics", "--period", "2025Q1", "--where", "sector=AI", "--where", "region=Beijing", "--output", _folder.File("en.json")]);
        Assert.Equal(0, chinese.ExitCode);
        Assert.Equal(0, english.ExitCode);
        var json = File.ReadAllText(_folder.File("zh.json"));
        Assert.Contains("\"sector=AI\"", json, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(_folder.File("en.json")), json);
    }

    [Fact]
    public void Where_values_are_also_read_through_the_mapping_file_s_own_aliases()
    {
        var deals = Write("robots.csv", "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,Robotik,A,1000000,EUR,Bavaria\n2,2024-02-05,Beta,Energie,A,1000000,EUR,Bavaria\n");
        var mapping = Write("robots.yaml", "sectors:\n  Robotik: AdvancedManufacturing\n");
        var outcome = InProcess.Run(["metrics", "--deals", deals, "--mapping", mapping, "--period", "2024Q1", "--where", "sector=Robotik", "--output", _folder.File("robots.json")]);

        Assert.Equal(0, outcome.ExitCode);
        var json = File.ReadAllText(_folder.File("robots.json"));
        Assert.Contains("\"sector=AdvancedManufacturing\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deal_count\": 1,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_named_only_by_the_mapping_file_selects_its_deals_and_a_stage_nothing_names_exits_2()
    {
        var deals = Write("rounds.csv", "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,AI,Wachstumsrunde,1000000,EUR,Bavaria\n2,2024-02-05,Beta,AI,Seed,1000000,EUR,Bavaria\n");
        var mapping = Write("rounds.yaml", "stages:\n  Wachstumsrunde: C\n");
        var selected = InProcess.Run(["metrics", "--deals", deals, "--mapping", mapping, "--period", "2024Q1", "--where", "stage=Wachstumsrunde", "--output", _folder.File("rounds.json")]);
        var unknown = InProcess.Run(["metrics", "--deals", deals, "--mapping", mapping, "--period", "2024Q1", "--where", "stage=Zwischenrunde"]);

        Assert.Equal(0, selected.ExitCode);
        var json = File.ReadAllText(_folder.File("rounds.json"));
        Assert.Contains("\"stage=C\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deal_count\": 1,", json, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--where stage=Zwischenrunde: not a stage.", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_filter_selects_every_deal_of_the_country_however_the_file_writes_it()
    {
        // USA, United States and US were three countries to the filter, which then selected one of three US deals.
        var deals = Write("countries.csv", "id,date,company,sector,stage,amount,currency,region,country\n1,2024-01-05,Acme,AI,A,1200000,USD,California,USA\n2,2024-01-06,Beta,AI,Seed,3000000,USD,,United States\n3,2024-02-07,Gamma,Fintech,B,2500000,EUR,Berlin,Germany\n4,2024-02-08,Delta,Health,C,5000000,USD,New York,US\n");
        var us = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=United States", "--output", _folder.File("us.json")]);
        var france = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=France"]);

        Assert.Equal(0, us.ExitCode);
        var json = File.ReadAllText(_folder.File("us.json"));
        Assert.Contains("\"country=US\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deal_count\": 3,", json, StringComparison.Ordinal);
        Assert.Equal(2, france.ExitCode);
        Assert.Contains("--where country=FR matches no deal; the country values in the data are: DE, US.", france.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_filter_on_a_file_without_a_country_column_selects_the_deals_of_the_country_s_regions()
    {
        // The data's country comes from its regions when no column names one; so does each deal's, for the filter.
        var deals = Write("regions.csv", "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Acme,AI,A,1200000,USD,California\n2,2024-01-06,Beta,AI,Seed,3000000,USD,NY\n"
            + "3,2024-02-07,Gamma,Fintech,B,2500000,EUR,München\n4,2024-02-08,Delta,Fintech,B,2500000,EUR,Atlantis\n");
        var us = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=USA", "--output", _folder.File("us.json")]);
        var germany = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=Deutschland", "--output", _folder.File("de.json")]);
        var unknown = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=Unknown", "--output", _folder.File("unknown.json")]);
        var france = InProcess.Run(["metrics", "--deals", deals, "--period", "2024Q1", "--where", "country=France"]);

        Assert.Equal(0, us.ExitCode);
        Assert.Contains("\"deal_count\": 2,", File.ReadAllText(_folder.File("us.json")), StringComparison.Ordinal);
        Assert.Equal(0, germany.ExitCode);
        Assert.Contains("\"deal_count\": 1,", File.ReadAllText(_folder.File("de.json")), StringComparison.Ordinal);
        Assert.Equal(0, unknown.ExitCode);
        Assert.Contains("\"deal_count\": 1,", File.ReadAllText(_folder.File("unknown.json")), StringComparison.Ordinal);
        Assert.Equal(2, france.ExitCode);
        Assert.Contains("--where country=FR matches no deal; the country values in the data are: DE, US.", france.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_written_in_the_data_s_own_words_suppresses_the_finding()
    {
        var config = Write("capitalhealth.yaml", $"rules: [{Path.Combine(Testing.RepositoryPaths.Root, "rules")}]\nsuppressions:\n  - id: CH4001\n    where: {{ sector: 人工智能 }}\n    justification: \"National AI pilot zone\"\n");
        var outcome = InProcess.Run(["analyze", "--period", "2025Q1", "--config", config, "--format", "json"]);

        // It once matched nothing (the data's sector is AI once loaded) and the finding stayed.
        Assert.Contains("\"justification\": \"National AI pilot zone\"", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_that_each_match_but_not_together_exit_2()
    {
        var deals = Write("two.csv", "id,date,company,sector,stage,amount,currency,region\n1,2024-01-05,Alpha,AI,A,1000000,CNY,Beijing\n2,2024-02-05,Beta,Energy,A,1000000,CNY,Shanghai\n");
        var outcome = InProcess.Run(["metrics", "--deals", deals, "--where", "sector=AI", "--where", "region=Shanghai"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no deal matches --where sector=AI, region=Shanghai together", outcome.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>One AI deal every 3 days between two dates, canonical columns.</summary>
    private static string Deals(DateOnly from, DateOnly to)
    {
        var text = new StringBuilder("id,date,company,sector,stage,amount,currency,region\n");
        var i = 0;
        for (var day = from; day <= to; day = day.AddDays(3), i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"D{i},{day:yyyy-MM-dd},Company {i % 25},AI,A,{(i % 9 + 1) * 1_000_000},CNY,Beijing\n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"D{i},{to:yyyy-MM-dd},Company last,AI,A,1000000,CNY,Beijing\n");
        return text.ToString();
    }

}
