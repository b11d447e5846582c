using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Reference;

public sealed class StagePatternsTests
{
    [Theory]
    [InlineData("Series A", Stage.A)]
    [InlineData("Series A+", Stage.A)]
    [InlineData("Series A1", Stage.A)]
    [InlineData("series_a", Stage.A)]
    [InlineData("Series B-II", Stage.B)]
    [InlineData("Series A-III", Stage.A)]
    [InlineData("Series C IV", Stage.C)]
    [InlineData("Round B", Stage.B)]
    [InlineData("C轮", Stage.C)]
    [InlineData("C+轮", Stage.C)]
    [InlineData("Series D", Stage.D)]
    [InlineData("Series E", Stage.EPlus)]
    [InlineData("Series F", Stage.EPlus)]
    [InlineData("Series G", Stage.EPlus)]
    [InlineData("Series H", Stage.EPlus)]
    [InlineData("Series K", Stage.EPlus)]
    [InlineData("Pre-Series A", Stage.PreA)]
    [InlineData("Pre-A轮", Stage.PreA)]
    [InlineData("pre-a+轮", Stage.PreA)]
    [InlineData("Pre-Series B", Stage.B)]
    [InlineData("Seed Funding", Stage.Seed)]
    [InlineData("Seed\nFunding", Stage.Seed)]
    [InlineData("Seed/ Angel Funding", Stage.Angel)]
    [InlineData("Pre-Seed", Stage.Seed)]
    [InlineData("种子+轮", Stage.Seed)]
    [InlineData("Angel Round", Stage.Angel)]
    [InlineData("天使+轮", Stage.Angel)]
    [InlineData("Strategic Investment", Stage.Strategic)]
    [InlineData("战略融资", Stage.Strategic)]
    [InlineData("Corporate Round", Stage.Strategic)]
    [InlineData("Private Equity", Stage.PE)]
    [InlineData("private_equity", Stage.PE)]
    [InlineData("PE", Stage.PE)]
    [InlineData("Pre-IPO", Stage.PreIPO)]
    [InlineData("IPO", Stage.Other)]
    [InlineData("Post-IPO Debt", Stage.Debt)]
    [InlineData("Post-IPO Equity", Stage.Other)]
    [InlineData("Debt Financing", Stage.Debt)]
    [InlineData("Venture Debt", Stage.Debt)]
    [InlineData("Grant", Stage.Grant)]
    [InlineData("non_equity_assistance", Stage.Grant)]
    [InlineData("venture b", Stage.B)]
    [InlineData("venture a", Stage.A)]
    [InlineData("ＳＥＲＩＥＳ Ｂ", Stage.B)]
    [InlineData("Serie A", Stage.A)]
    [InlineData("Série B", Stage.B)]
    [InlineData("Finanzierungsrunde C", Stage.C)]
    [InlineData("ronda A", Stage.A)]
    [InlineData("tour de série A", Stage.A)]
    [InlineData("Seed-Finanzierung", Stage.Seed)]
    [InlineData("amorçage", Stage.Seed)]
    [InlineData("capital semilla", Stage.Seed)]
    [InlineData("J-KISS", Stage.Seed)]
    [InlineData("J-KISS 2.0", Stage.Seed)]
    [InlineData("J-KISS型新株予約権", Stage.Seed)]
    [InlineData("SAFE", Stage.Seed)]
    [InlineData("Post-money SAFE", Stage.Seed)]
    [InlineData("조건부지분인수계약", Stage.Seed)]
    [InlineData("Convertible Note", Stage.Debt)]
    [InlineData("シリーズA", Stage.A)]
    [InlineData("シリーズB", Stage.B)]
    [InlineData("プレシリーズA", Stage.PreA)]
    [InlineData("シードラウンド", Stage.Seed)]
    [InlineData("エンジェル", Stage.Angel)]
    [InlineData("시리즈 A", Stage.A)]
    [InlineData("시리즈 C", Stage.C)]
    [InlineData("시드", Stage.Seed)]
    [InlineData("프리 A", Stage.PreA)]
    [InlineData("種子輪", Stage.Seed)]
    [InlineData("天使輪", Stage.Angel)]
    [InlineData("Pre-A輪", Stage.PreA)]
    [InlineData("戰略投資", Stage.Strategic)]
    [InlineData("債權融資", Stage.Debt)]
    [InlineData("併購", Stage.PE)]
    [InlineData("并购", Stage.PE)]
    public void Reads_a_stage_from_the_shape_of_its_label(string label, Stage expected) => Assert.Equal(expected, StagePatterns.Read(label));

    [Theory]
    [InlineData("venture")]
    [InlineData("Series Z")]
    [InlineData("Round 3")]
    [InlineData("Series Z II")]
    [InlineData("股权融资")]
    [InlineData("")]
    public void Leaves_labels_without_a_known_shape_to_the_alias_tables(string label) => Assert.Null(StagePatterns.Read(label));

    [Fact]
    public void Puts_the_mapping_aliases_before_the_patterns_and_the_patterns_before_the_built_in_aliases()
    {
        var aliases = StageAliases.BuiltIn.WithAliases([new("Series A", Stage.Seed)]);

        Assert.Equal(Stage.Seed, aliases.Map("Series A"));
        Assert.Equal(Stage.EPlus, aliases.Map("Series G"));
        Assert.Equal(Stage.Unknown, aliases.Map("venture"));
        Assert.Equal(Stage.EPlus, aliases.Map("F轮-上市前"));
    }
}
