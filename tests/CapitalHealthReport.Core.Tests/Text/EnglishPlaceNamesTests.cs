using CapitalHealthReport.Text;

namespace CapitalHealthReport.Core.Tests.Text;

public sealed class EnglishPlaceNamesTests
{
    [Theory]
    [InlineData("Netherlands", "the Netherlands")]
    [InlineData("netherlands", "the netherlands")]
    [InlineData("United States", "the United States")]
    [InlineData("Philippines", "the Philippines")]
    [InlineData("The Netherlands", "The Netherlands")]
    [InlineData("Germany", "Germany")]
    [InlineData("Beijing", "Beijing")]
    [InlineData("北京", "北京")]
    public void A_country_whose_english_name_takes_the_article_gets_it_and_any_other_name_stays_as_given(string name, string expected) =>
        Assert.Equal(expected, EnglishPlaceNames.InSentence(name));
}
