using CapitalHealthReport.Text;

namespace CapitalHealthReport.Core.Tests.Text;

public sealed class SpellingTests
{
    private static readonly string[] Metrics = ["cvc_active_share", "deal_count", "hhi", "cr4", "investor_type_share", "top_quintile_share", "gini"];

    [Theory]
    [InlineData("cvcActiveShare", "cvc_active_share")]
    [InlineData("CVC_active_share", "cvc_active_share")]
    [InlineData("cvc-active-share", "cvc_active_share")]
    [InlineData("cvc_activ_share", "cvc_active_share")]
    [InlineData("cvc_atcive_share", "cvc_active_share")]
    [InlineData("deal_cont", "deal_count")]
    [InlineData("deel_cont", "deal_count")]
    [InlineData("hhl", "hhi")]
    [InlineData("gin", "gini")]
    public void A_name_a_typo_or_a_case_or_separator_change_away_gets_the_known_name(string written, string expected) =>
        Assert.Equal(expected, Spelling.Nearest(written, Metrics));

    [Theory]
    [InlineData("investor_count_share")]
    [InlineData("total_deals")]
    [InlineData("hxx")]
    [InlineData("")]
    [InlineData("-_")]
    public void A_name_that_no_known_name_is_close_to_gets_no_suggestion(string written)
    {
        Assert.Null(Spelling.Nearest(written, Metrics));
        Assert.Equal("", Spelling.Suggestion(written, Metrics));
        Assert.Equal("", Spelling.BeforeList(written, Metrics));
    }

    [Fact]
    public void A_short_name_allows_one_edit_and_a_long_one_two()
    {
        Assert.Null(Spelling.Nearest("hxy", ["hhi"]));
        Assert.Equal("sector", Spelling.Nearest("sectro", ["sector"]));
        Assert.Equal("region", Spelling.Nearest("rgeoin", ["region"]));
        Assert.Null(Spelling.Nearest("rgoein", ["region"]));
        Assert.Null(Spelling.Nearest("Z", ["A", "B"]));
        Assert.Equal("PE", Spelling.Nearest("pe", ["VC", "PE"]));
    }

    [Theory]
    [InlineData("TopQuintileShar", "TopQuintileShare")]
    [InlineData("top_quintile_shar", "top_quintile_share")]
    public void Between_equally_close_names_the_one_written_the_same_way_wins(string written, string expected) =>
        Assert.Equal(expected, Spelling.Nearest(written, ["top_quintile_share", "TopQuintileShare"]));

    [Fact]
    public void The_suggestion_reads_as_a_sentence_or_before_a_list()
    {
        Assert.Equal(" Did you mean 'cvc_active_share'?", Spelling.Suggestion("cvcActiveShare", Metrics));
        Assert.Equal("did you mean 'cvc_active_share'? ", Spelling.BeforeList("cvcActiveShare", Metrics));
    }
}
