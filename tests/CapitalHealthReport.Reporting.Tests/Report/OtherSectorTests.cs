using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Testing;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// The taxonomy's catch-all sector, Other (其他), holds the companies of none of the named sectors: a sentence names it
/// as the group it is ("companies in other sectors", 其他行业企业), not as a sector called Other ("funded Other
/// companies", 其他企业). Tables keep the taxonomy's name.
/// </summary>
public sealed class OtherSectorTests : IDisposable
{
    private readonly TempFolder _folder = new("other-sector");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_catch_all_sector_reads_as_other_sectors_in_English_sentences()
    {
        var english = SampleReportTests.Render(ReportLanguage.English, Deals());

        Assert.Contains("**Capital concentrates in the top fifth of a sector's companies (other sectors).** The top fifth of funded companies in other sectors took 93.3% of those sectors' disclosed capital in Q1 2025, up 60.4 points from Q4 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Other sectors' share of funding rose to 81.7%, from 2.6% in Q4 2024.** Other sectors took 81.7% of disclosed funding in Q1 2025, up 79.1 points from Q4 2024.", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("The largest round of Q1 2025 was Nimbus 0's 50 M CNY Series A round in one of the other sectors (Beijing)", english.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Q1 2025, other sectors | CH1004 |", english.Markdown, StringComparison.Ordinal);
        foreach (var line in SampleReportTests.Prose(english.Markdown))
        {
            Assert.DoesNotContain("Other companies", line, StringComparison.Ordinal);
            Assert.DoesNotContain("in Other", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Other took", line, StringComparison.Ordinal);
            Assert.DoesNotContain("(Other)", line, StringComparison.Ordinal);
        }

        Assert.Empty(ClaimChecker.Check(english.Model));
    }

    [Fact]
    public void The_catch_all_sector_reads_as_other_sectors_in_Chinese_sentences()
    {
        var chinese = SampleReportTests.Render(ReportLanguage.Chinese, Deals());

        Assert.Contains("**其他行业：行业资金向头部五分之一企业集中**。2025年第一季度，融资额居前20%的其他行业企业获得了该领域93.3%的已披露资金，较2024年第四季度上升60.4个百分点。", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("**其他行业金额占比由2024年第四季度的2.6%升至81.7%**。2025年第一季度，其他行业占已披露资金的81.7%", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("2025年第一季度最大的一笔融资是其他行业企业Nimbus 0（北京）的A轮融资", chinese.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 2025年第一季度·其他行业 | CH1004 |", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("其他企业", chinese.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("其他占", chinese.Markdown, StringComparison.Ordinal);
        Assert.Empty(ClaimChecker.Check(chinese.Model));
    }

    /// <summary>
    /// 25 deals in each of Other and AI in Q4 2024 and in Q1 2025, and five in Energy in Q1: AI takes most of the capital
    /// in Q4, Other in Q1, where five of its companies take most of it.
    /// </summary>
    private string Deals()
    {
        var rows = new List<string> { "id,date,company,sector,stage,amount,currency,region,investors" };
        var quarters = new[]
        {
            ("2024", 10, new[] { ("Other", 1_000_000, 500_000), ("AI", 30_000_000, 20_000_000) }),
            ("2025", 1, new[] { ("Other", 50_000_000, 900_000), ("AI", 3_000_000, 2_000_000) }),
        };
        foreach (var (year, month, sectors) in quarters)
        {
            foreach (var (sector, top, rest) in sectors)
            {
                for (var i = 0; i < 25; i++)
                {
                    rows.Add($"{sector}{year}{i},{year}-{month + (i % 3):00}-{1 + i:00},{(sector == "Other" ? "Nimbus" : "Cortex")} {i},{sector},A,{(i < 5 ? top - (i * 10_000) : rest)},CNY,{(i % 2 == 0 ? "Beijing" : "Shanghai")},Fund {i % 6}");
                }
            }
        }

        for (var i = 0; i < 5; i++)
        {
            rows.Add($"Energy{i},2025-02-{1 + i:00},Volt {i},Energy,A,1000000,CNY,Beijing,Fund 1");
        }

        var path = _folder.File("other.csv");
        File.WriteAllLines(path, rows);
        return path;
    }
}
