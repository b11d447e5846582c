using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Exports from Australia, New Zealand, Singapore, Malaysia and South Africa as their sources publish them, through
/// the analysis to the report: their states, regions and provinces, their currency (never a Chinese default) and their
/// amounts in the English report's text, and the Chinese report naming the currencies and regions in Chinese.
/// </summary>
public sealed class AsiaPacificAndSouthAfricanReportsTests : IDisposable
{
    private const string Australian =
        """
        Date,Company,Sector,Stage,Amount,State,Investors
        2023-02-14,Harbour Robotics,AI,Series A,A$5m,NSW,Blackbird Ventures
        2023-05-03,Yarra Health,Healthcare,Seed,"AUD 5,000,000",VIC,Square Peg
        2023-08-21,Reef Energy,Energy,Series B,A$12.5m,QLD,AirTree
        2024-01-09,Pilbara Minerals Tech,Cleantech,Series A,AU$8m,WA,Main Sequence
        2024-03-30,Adelaide Space,Deep tech,Seed,A$1.2m,SA,Blackbird Ventures
        2024-06-12,Hobart Aqua,Agtech,Pre-seed,"A$750,000",TAS,Square Peg
        2024-09-01,Canberra Cyber,Cybersecurity,Series A,A$6m,ACT,AirTree
        2024-11-20,Darwin Solar,Energy,Seed,A$2m,NT,Main Sequence
        """;

    private const string NewZealand =
        """
        Date,Company,Sector,Stage,Amount,Region,Investors
        2023-03-01,Kiwi Robotics,AI,Series A,NZ$2.5m,Auckland,Blackbird Ventures
        2023-06-15,Harbour Fintech,Fintech,Seed,"NZ$800,000",Wellington,Icehouse Ventures
        2023-10-10,Plains Agri,Agtech,Series B,NZ$12m,Canterbury,Movac
        2024-02-20,Bay Health,Healthcare,Seed,NZD 1.5m,Bay of Plenty,Icehouse Ventures
        2024-05-05,Tron Software,Software,Series A,NZ$4m,Waikato,Movac
        2024-08-18,Otago Bio,Biotech,Seed,NZ$1m,Otago,GD1
        """;

    private const string Singapore =
        """
        Date,Company,Sector,Stage,Amount,Country,Investors
        2023-01-12,Merlion AI,AI,Series A,S$15m,Singapore,Vertex Ventures
        2023-04-22,Orchard Pay,Fintech,Series B,S$40m,Singapore,Openspace
        2023-09-09,Jurong Logistics,Logistics,Seed,"S$2,000,000",Singapore,Wavemaker
        2024-02-02,Sentosa Health,Healthcare,Series A,SGD 10 million,Singapore,Vertex Ventures
        2024-06-30,Tampines Energy,Energy,Seed,S$3.5m,Singapore,Wavemaker
        2024-10-15,Raffles Robotics,Robotics,Series C,S$60m,Singapore,Openspace
        """;

    private const string Malaysian =
        """
        Date,Company,Sector,Stage,Amount,State,Investors
        2023-02-10,Klang Tech,Software,Seed,RM 5 juta,Selangor,Cradle Fund
        2023-05-18,KL Pay,Fintech,Series A,RM5m,Kuala Lumpur,Gobi Partners
        2023-09-27,Penang Chips,Semiconductors,Series B,MYR 12.5 million,Pulau Pinang,Kumpulan Modal Perdana
        2024-01-15,Johor Data,Data centres,Series A,RM 8 juta,Johor,Gobi Partners
        2024-04-04,Sabah Agro,Agtech,Seed,RM1.2m,Sabah,Cradle Fund
        2024-08-08,Kuching Energy,Energy,Series A,RM 1.5 bilion,Sarawak,Kumpulan Modal Perdana
        2024-11-11,Penang Robotics,Robotics,Seed,RM2m,Penang,Cradle Fund
        """;

    private const string SouthAfrican =
        """
        Date,Company,Sector,Stage,Amount,Province,Investors
        2023-03-03,Jozi Fintech,Fintech,Series A,R 10m,Gauteng,Knife Capital
        2023-06-06,Cape AI,AI,Seed,R5m,Western Cape,Naspers Foundry
        2023-09-19,Durban Logistics,Logistics,Series B,ZAR 25 million,KwaZulu-Natal,Knife Capital
        2024-02-12,Bay Health,Healthcare,Seed,"R 2,500,000",Eastern Cape,4Di Capital
        2024-05-25,Bloem Agri,Agtech,Series A,R 12m,Free State,Naspers Foundry
        2024-09-30,Limpopo Solar,Energy,Seed,R3m,Limpopo,4Di Capital
        """;

    private readonly TempFolder _folder = new("apac-reports");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("au", "Disclosed funding totalled 18 M AUD in 2024.", "Pilbara Minerals Tech raised 8.0 M AUD, 44.6% of the period's disclosed funding.", "| Western Australia | 1 | 20.0% | 44.6% |", "(152 M AUD)")]
    [InlineData("nz", "Disclosed funding totalled 6.5 M NZD in 2024.", "Tron Software raised 4.0 M NZD, 61.5% of the period's disclosed funding.", "| Waikato | 1 | 33.3% | 61.5% |", "(163 M NZD)")]
    [InlineData("sg", "Disclosed funding totalled 74 M SGD in 2024.", "Raffles Robotics raised 60 M SGD, 81.6% of the period's disclosed funding.", "| Singapore | 3 | 100.0% | 100.0% |", "(134 M SGD)")]
    [InlineData("my", "Disclosed funding totalled 1.5 bn MYR in 2024.", "Kuching Energy raised 1.5 bn MYR, 99.3% of the period's disclosed funding.", "| Sarawak | 1 | 25.0% | 99.3% |", "(456 M MYR)")]
    [InlineData("za", "Disclosed funding totalled 18 M ZAR in 2024.", "Bloem Agri raised 12 M ZAR, 68.6% of the period's disclosed funding.", "| Free State | 1 | 33.3% | 68.6% |", "(1.8 bn ZAR)")]
    public void The_report_states_the_exports_regions_currency_and_amounts(string country, string total, string largest, string region, string megaRound)
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export(country), "2024");

        Assert.Contains(total, english.Markdown, StringComparison.Ordinal);
        Assert.Contains(largest, english.Markdown, StringComparison.Ordinal);
        Assert.Contains(region, english.Markdown, StringComparison.Ordinal);
        Assert.Contains($"A mega round is a single deal of at least 100 M USD {megaRound}.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains($"Amounts are in {megaRound[^4..^1]}, the currency every deal is in, so none is converted", english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("M CNY", SampleReportTests.Section(english.Markdown, "# Executive summary"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Theory]
    [InlineData("au", "披露融资总额为1,795万澳元", "| 1 | Pilbara Minerals Tech | 能源 | 西澳大利亚州 | A轮 | 800万澳元 | 44.6% |")]
    [InlineData("nz", "披露融资总额为650万新西兰元", "| 1 | Tron Software | 企业服务 | 怀卡托大区 | A轮 | 400万新西兰元 | 61.5% |")]
    [InlineData("sg", "披露融资总额为7,350万新加坡元", "| 1 | Raffles Robotics | 人工智能 | 新加坡 | C轮 | 6,000万新加坡元 | 81.6% |")]
    [InlineData("my", "披露融资总额为15.1亿林吉特", "| 1 | Kuching Energy | 能源 | 砂拉越州 | A轮 | 150,000万林吉特 | 99.3% |")]
    [InlineData("za", "披露融资总额为1,750万南非兰特", "| 1 | Bloem Agri | 农业食品 | 自由州 | A轮 | 1,200万南非兰特 | 68.6% |")]
    public void The_Chinese_report_names_the_currency_and_regions_in_Chinese(string country, string total, string row)
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export(country), "2024");

        Assert.Contains(total, chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains(row, chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    private string Export(string country)
    {
        var path = _folder.File(country + ".csv");
        File.WriteAllText(path, country switch
        {
            "au" => Australian,
            "nz" => NewZealand,
            "sg" => Singapore,
            "my" => Malaysian,
            _ => SouthAfrican,
        } + "\n");
        return path;
    }
}
