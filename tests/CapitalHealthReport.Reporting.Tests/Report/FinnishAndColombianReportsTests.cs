using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// Finnish and Colombian exports as their sources publish them (Finnish headers and maakunnat named by region or city,
/// Spanish headers and departments named by city), through the analysis to the report: their regions and currency in
/// the English report, and the Chinese report naming the regions and currencies in Chinese.
/// </summary>
public sealed class FinnishAndColombianReportsTests : IDisposable
{
    private const string Finnish =
        """
        Päivämäärä,Yritys,Toimiala,Kierros,Summa,Maakunta,Sijoittajat
        2023-02-14,Aalto Robotics,AI,Series A,€5m,Uusimaa,Lifeline Ventures
        2023-05-03,Pirkka Health,Healthcare,Seed,€1.5m,Tampere,Maki.vc
        2023-09-21,Aura Energy,Energy,Series B,€12m,Turku,Inventure
        2024-01-09,Oulu Wireless,Software,Series A,€8m,Oulu,Lifeline Ventures
        2024-03-30,Helsinki Pay,Fintech,Seed,€2m,Helsinki,Maki.vc
        2024-06-12,Lahti Circular,Cleantech,Seed,€1m,Päijät-Häme,Inventure
        2024-09-01,Nyland Bio,Biotech,Series A,€6m,Nyland,Lifeline Ventures
        """;

    private const string Colombian =
        """
        Fecha,Empresa,Sector,Ronda,Monto,Departamento,Inversionistas
        2023-02-10,Rappi Lite,Fintech,Series A,COP 20.000 millones,Bogotá D.C.,Kaszek
        2023-05-18,Paisa Pay,Fintech,Seed,COP 2.000 millones,Medellín,Bancolombia Capital
        2023-09-27,Valle Agro,Agtech,Series B,COP 40.000 millones,Cali,Kaszek
        2024-01-15,Caribe Logistics,Logistics,Series A,COP 16.000 millones,Barranquilla,Bancolombia Capital
        2024-04-04,Heroica Travel,Software,Seed,COP 3.000 millones,Cartagena,Kaszek
        2024-08-08,Santander Energy,Energy,Series A,COP 12.000 millones,Bucaramanga,Bancolombia Capital
        2024-11-11,Andes AI,AI,Seed,COP 5.000 millones,CO-ANT,Kaszek
        """;

    private readonly TempFolder _folder = new("fi-co-reports");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("fi", "Disclosed funding totalled 17 M EUR in 2024.", "Oulu Wireless raised 8.0 M EUR, 47.1% of the period's disclosed funding.", "| Uusimaa | 2 | 50.0% | 47.1% |", "| Päijät-Häme | 1 | 25.0% | 5.9% |")]
    [InlineData("co", "Disclosed funding totalled 36.0 bn COP in 2024.", "Caribe Logistics raised 16.0 bn COP, 44.4% of the period's disclosed funding.", "| Atlántico | 1 | 25.0% | 44.4% |", "| Bolívar | 1 | 25.0% | 8.3% |")]
    public void The_report_states_the_exports_regions_currency_and_amounts(string country, string total, string largest, string region, string otherRegion)
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Export(country), "2024");

        Assert.Contains(total, english.Markdown, StringComparison.Ordinal);
        Assert.Contains(largest, english.Markdown, StringComparison.Ordinal);
        Assert.Contains(region, english.Markdown, StringComparison.Ordinal);
        Assert.Contains(otherRegion, english.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("M CNY", SampleReportTests.Section(english.Markdown, "# Executive summary"), StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Theory]
    [InlineData("fi", "披露融资总额为1,700万欧元", "| 1 | Oulu Wireless | 企业服务 | 北博滕区 | A轮 | 800万欧元 | 47.1% |", "| 派亚特海梅区 | 1 | 25.0% | 5.9% |")]
    [InlineData("co", "披露融资总额为360亿哥伦比亚比索", "| 1 | Caribe Logistics | 先进制造 | 大西洋省 | A轮 | 160.0亿哥伦比亚比索 | 44.4% |", "| 玻利瓦尔省 | 1 | 25.0% | 8.3% |")]
    public void The_Chinese_report_names_the_currency_and_regions_in_Chinese(string country, string total, string row, string region)
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Export(country), "2024");

        Assert.Contains(total, chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains(row, chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains(region, chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    private string Export(string country)
    {
        var path = _folder.File(country + ".csv");
        File.WriteAllText(path, (country == "fi" ? Finnish : Colombian) + "\n");
        return path;
    }
}
