using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>
/// An investor is counted once however an export writes its legal form (before or after the name, with or without a
/// comma, in any width or case): Japanese, Korean and US exports count their active and repeat investors as a person
/// reading the file would, the directory still types an investor written with its form, and the name shown for an
/// investor is the same whatever the order of the rows.
/// </summary>
public sealed class InvestorIdentityTests
{
    private const string Header = "date,company,amount,currency,investors\n";

    [Fact]
    public void A_Japanese_export_counts_ANRI_once_whether_its_kabushiki_kaisha_is_written_before_or_after_it()
    {
        var engine = Load(Header + """
            2024-01-10,A,100000000,JPY,株式会社ANRI
            2024-01-11,B,100000000,JPY,ANRI
            2024-01-12,C,100000000,JPY,ANRI株式会社、グローバル・ブレイン株式会社
            2024-01-13,D,100000000,JPY,㈱ＡＮＲＩ、グローバル・ブレイン
            2024-01-14,E,100000000,JPY,（株）グローバル・ブレイン
            """);

        var metrics = engine.Compute(Q("2024Q1"));

        Assert.Equal(2, metrics.ActiveInvestorCount);
        Assert.Equal(2, metrics.RepeatInvestorCount);
        Assert.Equal([("ANRI", 4), ("グローバル・ブレイン", 3)], engine.ActiveInvestors(Q("2024Q1"), 1).Select(static i => (i.Name, i.Deals)).OrderBy(static i => i.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void A_Korean_export_counts_Kakao_Ventures_once_with_or_without_its_jusikhoesa()
    {
        var engine = Load(Header + """
            2024-02-10,A,1000000000,KRW,(주)카카오벤처스
            2024-02-11,B,1000000000,KRW,㈜카카오벤처스
            2024-02-12,C,1000000000,KRW,카카오벤처스;알토스벤처스
            2024-02-13,D,1000000000,KRW,주식회사 카카오벤처스
            """);

        var metrics = engine.Compute(Q("2024Q1"));

        Assert.Equal(2, metrics.ActiveInvestorCount);
        Assert.Equal(1, metrics.RepeatInvestorCount);
        Assert.Equal(4, Assert.Single(engine.ActiveInvestors(Q("2024Q1"), 3)).Deals);
    }

    [Fact]
    public void A_US_export_counts_Sequoia_and_Accel_once_with_or_without_LLC_or_Inc()
    {
        var engine = Load(Header + """
            2024-03-10,A,5000000,USD,"Sequoia Capital, LLC; Accel Partners Inc."
            2024-03-11,B,5000000,USD,Sequoia Capital LLC
            2024-03-12,C,5000000,USD,"Sequoia Capital, Accel Partners"
            2024-03-13,D,5000000,USD,"ACCEL PARTNERS, INC."
            2024-03-14,E,5000000,USD,"Benchmark Capital Partners, L.P."
            """);

        var metrics = engine.Compute(Q("2024Q1"));

        Assert.Equal(3, metrics.ActiveInvestorCount);
        Assert.Equal(2, metrics.RepeatInvestorCount);
    }

    [Fact]
    public void The_directory_types_a_known_investor_written_with_its_legal_form()
    {
        var engine = Load(Header + """
            2024-01-10,A,10000000,CNY,深圳市创新投资集团有限公司
            2024-01-11,B,10000000,CNY,"Tencent Investment Co., Ltd."
            2024-01-12,C,10000000,CNY,深创投
            """);

        var investors = engine.ActiveInvestors(Q("2024Q1"), 1).OrderBy(static i => i.Name, StringComparer.Ordinal).Select(static i => (i.Name, i.Type, i.Deals));

        Assert.Equal([("深创投", "VC", 2), ("腾讯投资", "CVC", 1)], investors);
    }

    [Fact]
    public void The_name_shown_for_an_investor_is_its_most_frequent_spelling_whatever_the_row_order()
    {
        string[] rows =
        [
            "2024-01-10,A,1000000,USD,Sequoia Capital",
            "2024-01-11,B,1000000,USD,\"Sequoia Capital, LLC\"",
            "2024-01-12,C,1000000,USD,\"Sequoia Capital, LLC\"",
            "2024-01-13,D,1000000,USD,Accel Partners Inc.",
            "2024-01-14,E,1000000,USD,Accel Partners",
        ];

        var names = Enumerable.Range(0, 6).Select(seed =>
        {
            var shuffled = rows.ToArray();
            new Random(seed).Shuffle(shuffled);
            return string.Join(" | ", Load(Header + string.Join('\n', shuffled)).ActiveInvestors(Q("2024Q1"), 1).Select(static i => i.Name).Order(StringComparer.Ordinal));
        }).Distinct().ToList();

        // Accel is written once each way: the first spelling in ordinal order is shown.
        Assert.Equal(["Accel Partners | Sequoia Capital, LLC"], names);
    }

    private static MetricsEngine Load(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), "chr-investor-identity-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        try
        {
            var deals = DealLoader.Load(new LoadOptions { DealsPath = path, AsOf = new DateOnly(2024, 12, 31) }, ReferenceData.Default).Deals;
            return new MetricsEngine(deals, ReferenceData.Default, MetricParameters.Default);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
