using CapitalHealthReport.Core.Tests.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Reference;

public sealed class ReferenceDataTests
{
    private static ReferenceData Data => TempDeals.Reference;

    [Fact]
    public void Lists_the_mainland_regions_the_special_regions_and_the_us_states()
    {
        var regions = Data.Regions.All;

        Assert.Equal(31, regions.Count(r => r.Country == "CN"));
        Assert.Equal(51, regions.Count(r => r.Country == "US"));
        Assert.Contains(regions, r => r.Name == "Hong Kong");
        Assert.Contains(regions, r => r.Name == "Macau");
        Assert.Contains(regions, r => r.Name == "Taiwan");
        Assert.Equal("北京", Data.Regions.Find("Beijing")!.ChineseName);
    }

    [Theory]
    [InlineData("EnterpriseSoftware", "Enterprise software", "企业服务")]
    [InlineData("AdvancedManufacturing", "Advanced manufacturing", "先进制造")]
    [InlineData("AgriFood", "Agri-food", "农业食品")]
    [InlineData("AI", "AI", "人工智能")]
    [InlineData("Unknown", "Unknown", "未知")]
    public void Names_sectors_as_readers_know_them(string sector, string english, string chinese)
    {
        Assert.Equal(english, Data.Names.Sector(sector, chinese: false));
        Assert.Equal(chinese, Data.Names.Sector(sector, chinese: true));
    }

    [Fact]
    public void Names_regions_and_stages_as_readers_know_them_and_no_label_the_tables_do_not_hold()
    {
        Assert.Equal(("California", "加利福尼亚州"), (Data.Names.Region("California", false), Data.Names.Region("California", true)));
        Assert.Equal(("E+", "E轮及以后"), (ReaderNames.Stage("EPlus", false), ReaderNames.Stage("EPlus", true)));
        Assert.Null(Data.Names.Sector("Quantum Computing", chinese: true));
        Assert.Null(Data.Names.Region("Springfield", chinese: false));
        Assert.Null(ReaderNames.Stage("Series Z", chinese: false));
    }

    [Fact]
    public void A_sector_without_an_english_name_is_named_by_its_key_and_a_sector_with_one_by_it_and_read_by_it()
    {
        var taxonomy = SectorTaxonomy.Parse("sectors:\n  - name: Robotics\n    zh: 机器人\n  - name: CleanTech\n    en: Clean technology\n", "sectors.yaml");

        Assert.Equal("Robotics", taxonomy.Find("Robotics")!.EnglishName);
        Assert.Equal("Clean technology", taxonomy.Find("CleanTech")!.EnglishName);
        Assert.Equal("CleanTech", taxonomy.Map("clean technology"));
    }

    [Theory]
    [InlineData("北京", "Beijing")]
    [InlineData("北京市", "Beijing")]
    [InlineData("beijing", "Beijing")]
    [InlineData(" Beijing ", "Beijing")]
    [InlineData("内蒙古自治区", "Inner Mongolia")]
    [InlineData("Nei Mongol", "Inner Mongolia")]
    [InlineData("广东省", "Guangdong")]
    [InlineData("Shaanxi", "Shaanxi")]
    [InlineData("香港", "Hong Kong")]
    [InlineData("Macao", "Macau")]
    [InlineData("CA", "California")]
    [InlineData("ny", "New York")]
    [InlineData("District of Columbia", "District of Columbia")]
    public void Maps_region_aliases(string raw, string expected) => Assert.Equal(expected, Data.Regions.Map(raw));

    [Fact]
    public void Leaves_unknown_regions_unmapped() => Assert.Null(Data.Regions.Map("Atlantis"));

    [Theory]
    [InlineData("San Francisco, California, United States", "California")]
    [InlineData("Paris, Texas, United States", "Texas")]
    [InlineData("Paris, Île-de-France, France", "Île-de-France")]
    [InlineData("London, England, United Kingdom", "London")]
    [InlineData("Berlin, Berlin, Germany", "Berlin")]
    [InlineData("Bengaluru, Karnataka, India", "Karnataka")]
    [InlineData("Berlin, Germany", "Berlin")]
    [InlineData("Austin, TX", "Texas")]
    [InlineData("深圳，广东", "Guangdong")]
    [InlineData("Shanghai", "Shanghai")]
    [InlineData("Tokyo, Japan", "Tokyo")]
    [InlineData("广东省深圳市南山区", "Guangdong")]
    [InlineData("北京市海淀区", "Beijing")]
    [InlineData("浙江杭州", "Zhejiang")]
    [InlineData("深圳", "Guangdong")]
    [InlineData("苏州市工业园区", "Jiangsu")]
    [InlineData("内蒙古自治区呼和浩特市", "Inner Mongolia")]
    [InlineData("東京都渋谷区", "Tokyo")]
    [InlineData("Shenzhen, China", "Guangdong")]
    [InlineData("Hangzhou", "Zhejiang")]
    [InlineData("San Francisco;California", "California")]
    public void Maps_a_location_written_from_the_city_to_the_country_by_its_most_general_known_place(string raw, string expected) => Assert.Equal(expected, Data.Regions.MapLocation(raw));

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Atlantis, Nowhere")]
    [InlineData(", ,")]
    [InlineData("某某市某某区")]
    [InlineData("")]
    public void Leaves_a_location_with_no_known_place_unmapped(string raw) => Assert.Null(Data.Regions.MapLocation(raw));

    [Theory]
    [InlineData("Robotics, Artificial Intelligence (AI)", "AI")]
    [InlineData("Artificial Intelligence (AI), Robotics", "AI")]
    [InlineData("SaaS, Software", "EnterpriseSoftware")]
    [InlineData("Biotechnology; Health Care", "Health")]
    [InlineData("Unheard Of, FinTech", "Fintech")]
    [InlineData("企业服务、人工智能", "EnterpriseSoftware")]
    [InlineData("Fintech", "Fintech")]
    public void Maps_a_list_of_industries_to_the_first_sector_it_knows(string raw, string expected) => Assert.Equal(expected, Data.Sectors.MapList(raw));

    [Fact]
    public void Leaves_a_list_of_unknown_industries_unmapped() => Assert.Null(Data.Sectors.MapList("Unheard Of, Never Seen (NS)"));

    [Theory]
    [InlineData("Technology")]
    [InlineData("Deep Tech")]
    public void Leaves_labels_that_name_no_one_sector_unmapped(string raw) => Assert.Null(Data.Sectors.Map(raw));

    [Theory]
    [InlineData("人工智能", "AI")]
    [InlineData("LLM", "AI")]
    [InlineData("具身智能", "AI")]
    [InlineData("software", "EnterpriseSoftware")]
    [InlineData("biotech", "Health")]
    [InlineData("medical", "Health")]
    [InlineData("cleantech", "Energy")]
    [InlineData("semiconductor", "Semiconductors")]
    [InlineData("ecommerce", "Consumer")]
    [InlineData("农业食品", "AgriFood")]
    [InlineData("水资源", "Water")]
    [InlineData("先进制造", "AdvancedManufacturing")]
    [InlineData("金融科技", "Fintech")]
    [InlineData("Information Technology", "EnterpriseSoftware")]
    [InlineData("Pharmaceuticals and Biotechnology", "Health")]
    [InlineData("Assurance", "Fintech")]
    [InlineData("Agritech", "AgriFood")]
    [InlineData("人工知能", "AI")]
    [InlineData("フィンテック", "Fintech")]
    [InlineData("文娱传媒", "Consumer")]
    [InlineData("汽车交通", "AdvancedManufacturing")]
    [InlineData("VR/AR", "AdvancedManufacturing")]
    [InlineData("工具软件", "EnterpriseSoftware")]
    [InlineData("AI/ML", "AI")]
    [InlineData("AI & ML", "AI")]
    [InlineData("Consumer Internet", "Consumer")]
    [InlineData("D2C", "Consumer")]
    [InlineData("Gaming", "Consumer")]
    [InlineData("Cybersecurity", "EnterpriseSoftware")]
    [InlineData("HR Tech", "EnterpriseSoftware")]
    [InlineData("HRTech", "EnterpriseSoftware")]
    [InlineData("Logistics", "AdvancedManufacturing")]
    [InlineData("SpaceTech", "AdvancedManufacturing")]
    [InlineData("Web3", "Fintech")]
    [InlineData("Clean Energy", "Energy")]
    [InlineData("Food and Beverages", "AgriFood")]
    [InlineData("Misc", "Other")]
    public void Maps_sector_aliases(string raw, string expected) => Assert.Equal(expected, Data.Sectors.Map(raw));

    [Fact]
    public void Holds_the_canonical_sectors_with_Chinese_names()
    {
        var names = Data.Sectors.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["AI", "Semiconductors", "Energy", "AgriFood", "Water", "Health", "EnterpriseSoftware", "Consumer", "AdvancedManufacturing", "Fintech", "Other"]), names);
        Assert.Equal(["LLM", "Embodied AI", "AIGC", "AI Chips", "AI Applications"], Data.Sectors.Find("AI")!.Subsectors);
        Assert.Equal("医疗健康", Data.Sectors.Find("Health")!.ChineseName);
    }

    [Theory]
    [InlineData("series-a", Stage.A)]
    [InlineData("Series A", Stage.A)]
    [InlineData("A轮", Stage.A)]
    [InlineData("A+轮", Stage.A)]
    [InlineData("Pre-A轮", Stage.PreA)]
    [InlineData("天使轮", Stage.Angel)]
    [InlineData("种子轮", Stage.Seed)]
    [InlineData("战略投资", Stage.Strategic)]
    [InlineData("战略融资", Stage.Strategic)]
    [InlineData("B+轮", Stage.B)]
    [InlineData("F轮及以后", Stage.EPlus)]
    [InlineData("Pre-IPO", Stage.PreIPO)]
    [InlineData("IPO前", Stage.PreIPO)]
    [InlineData("并购", Stage.PE)]
    [InlineData("定增", Stage.PE)]
    [InlineData("债权融资", Stage.Debt)]
    [InlineData("股权融资", Stage.Other)]
    [InlineData("新三板", Stage.Other)]
    [InlineData("series-c+", Stage.C)]
    [InlineData("private-equity", Stage.PE)]
    [InlineData("post-ipo", Stage.Other)]
    [InlineData("angel", Stage.Angel)]
    [InlineData("seed", Stage.Seed)]
    [InlineData("grant", Stage.Grant)]
    [InlineData("debt_financing", Stage.Debt)]
    [InlineData("crowdfunding", Stage.Other)]
    [InlineData("venture", Stage.Unknown)]
    [InlineData("ＳＥＲＩＥＳ　Ａ", Stage.A)]
    [InlineData("EPlus", Stage.EPlus)]
    [InlineData("D轮及以后", Stage.D)]
    [InlineData("Growth Equity", Stage.PE)]
    [InlineData("Accelerator/Incubator", Stage.Seed)]
    [InlineData("Venture Round", Stage.Unknown)]
    [InlineData("Venture - Series Unknown", Stage.Unknown)]
    [InlineData("Initial Coin Offering", Stage.Other)]
    public void Maps_stage_aliases(string raw, Stage expected) => Assert.Equal(expected, Data.Stages.Map(raw));

    [Fact]
    public void Leaves_unknown_stages_unmapped() => Assert.Null(Data.Stages.Map("Round Z"));

    [Fact]
    public void Converts_with_yearly_rates_and_the_nearest_year_outside_the_table()
    {
        var fx = Data.Fx;

        Assert.True(fx.Supports("CNY"));
        Assert.Equal(7.084m, fx.UnitsPerUsd("CNY", 2023));
        Assert.Equal(100m, fx.Convert(708.4m, "CNY", "USD", 2023));
        Assert.Equal(fx.UnitsPerUsd("CNY", 2005), fx.UnitsPerUsd("CNY", 1990));
        Assert.Equal(fx.UnitsPerUsd("CNY", 2025), fx.UnitsPerUsd("CNY", 2031));
        foreach (var currency in new[] { "CNY", "USD", "EUR", "GBP", "JPY", "HKD", "INR" })
        {
            for (var year = 2005; year <= 2025; year++)
            {
                Assert.True(fx.UnitsPerUsd(currency, year) > 0);
            }
        }

        var ex = Assert.Throws<InputException>(() => fx.Convert(1m, "XYZ", "USD", 2024));
        Assert.Contains("XYZ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalises_the_regional_baseline_to_one()
    {
        var shares = Data.Baseline.Shares;

        Assert.Equal(31, shares.Count);
        Assert.Equal(1.0, shares.Values.Sum(), 9);
        Assert.True(shares["Guangdong"] > shares["Tibet"]);
        Assert.Equal(shares.Keys.Order(StringComparer.Ordinal), shares.Keys);
    }

    [Fact]
    public void Reads_an_investor_directory_and_finds_by_alias()
    {
        using var temp = new TempDeals();
        var path = temp.Write("investors.csv", "name,aliases,type,home_region\n红杉中国,Sequoia China|HongShan,VC,Beijing\n合肥产投,,Government,安徽\n");

        var directory = InvestorDirectory.Load(path, Data.Regions);

        Assert.Equal("红杉中国", directory.Find("hongshan")!.Name);
        Assert.Equal(InvestorType.Government, directory.Find("合肥产投")!.Type);
        Assert.Equal("Anhui", directory.Find("合肥产投")!.HomeRegion);
        Assert.Null(directory.Find("Unknown Capital"));
    }

    [Theory]
    [InlineData("name,aliases,type,home_region\nX,,Bank,\n", 2, "investor type 'Bank'")]
    [InlineData("name,aliases,type,home_region\nX,,VC,Atlantis\n", 2, "home region 'Atlantis'")]
    [InlineData("name,type\nX,VC\n", 1, "header")]
    public void Reports_bad_investor_rows_with_their_line(string text, int line, string messagePart)
    {
        using var temp = new TempDeals();
        var path = temp.Write("investors.csv", text);

        var ex = Assert.Throws<InputException>(() => InvestorDirectory.Load(path, Data.Regions));

        Assert.Equal(line, ex.Line);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_bad_reference_table_with_file_and_line()
    {
        using var temp = new TempDeals();
        var path = temp.Write("fx.csv", "year,currency,units_per_usd\n2024,CNY,7.1\n2024,CNY,abc\n");

        var ex = Assert.Throws<InputException>(() => FxTable.Load(path));

        Assert.Equal("fx.csv", ex.File);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Reads_reference_rows_past_comments_blank_lines_and_quotes_with_their_lines()
    {
        var text = "# rates, \"approximate\nyear,currency,units_per_usd\r\n\n# a note\n2024, \"CNY\" ,7.1\n2023,\"U,SD\",1\n";

        var rows = ReferenceFiles.ReadCsv(text).ToList();

        Assert.Equal([2, 5, 6], rows.Select(r => r.Line));
        Assert.Equal(["year", "currency", "units_per_usd"], rows[0].Fields);
        Assert.Equal(["2024", "CNY", "7.1"], rows[1].Fields);
        Assert.Equal(["2023", "U,SD", "1"], rows[2].Fields);
    }

    [Fact]
    public void Reports_a_bad_rate_after_comments_on_its_own_line()
    {
        var ex = Assert.Throws<InputException>(() => FxTable.Parse("# header follows\nyear,currency,units_per_usd\n2024,CNY,7.1\n\n2024,EUR,x\n", "fx.csv"));

        Assert.Equal(5, ex.Line);
    }
}
