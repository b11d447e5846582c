using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Tests.Report;

/// <summary>
/// A rule pack's words for places in a report whose places are countries: "region" reads "country" and 地区 reads 国家,
/// while file names, metric keys, "regional" and 地区生产总值 (GDP) stay as written; a report of regions keeps the text.
/// </summary>
public sealed class PlaceWordsTests
{
    private static readonly PlaceWords Countries = PlaceWords.For(countries: true);

    [Theory]
    [InlineData("One region takes most of a sector's deals", "One country takes most of a sector's deals")]
    [InlineData("A region's share of a sector's deals", "A country's share of a sector's deals")]
    [InlineData("Regions by share of deals; the top region.", "Countries by share of deals; the top country.")]
    [InlineData("Share of value in each region.", "Share of value in each country.")]
    [InlineData("weights in data/reference/region-baseline.csv (`top_region`)", "weights in data/reference/region-baseline.csv (`top_region`)")]
    [InlineData("Regional economics reads quotients above 1.25 as specialisation", "Regional economics reads quotients above 1.25 as specialisation")]
    [InlineData("单一地区占据行业大部分融资事件", "单一国家占据行业大部分融资事件")]
    [InlineData("各地区融资事件数占全部事件的比例", "各国融资事件数占全部事件的比例")]
    [InlineData("表示该地区的融资事件占比", "表示该国的融资事件占比")]
    [InlineData("按地区生产总值加权；本地资金会加剧地区集中", "按地区生产总值加权；本地资金会加剧地区集中")]
    public void A_pack_text_names_countries_where_the_places_are_countries(string text, string expected)
    {
        Assert.Equal(expected, Countries.InText(text));
        Assert.Equal(text, PlaceWords.For(countries: false).InText(text));
    }

    [Fact]
    public void The_words_of_each_language_name_regions_or_countries()
    {
        var regions = PlaceWords.For(countries: false);

        Assert.Equal(("Regions", "Region", "region", "regions"), (regions.Heading(ReportLanguage.English), regions.Column(ReportLanguage.English), regions.One(ReportLanguage.English), regions.Many(ReportLanguage.English)));
        Assert.Equal(("Countries", "Country", "country", "countries"), (Countries.Heading(ReportLanguage.English), Countries.Column(ReportLanguage.English), Countries.One(ReportLanguage.English), Countries.Many(ReportLanguage.English)));
        Assert.Equal(("区域分布", "地区"), (regions.Heading(ReportLanguage.Chinese), regions.Column(ReportLanguage.Chinese)));
        Assert.Equal(("国家分布", "国家"), (Countries.Heading(ReportLanguage.Chinese), Countries.Column(ReportLanguage.Chinese)));
        Assert.Equal("the country mix", Countries.Mix(ReportLanguage.English));
    }
}
