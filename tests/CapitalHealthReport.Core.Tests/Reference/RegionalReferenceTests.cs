using CapitalHealthReport.Core.Tests.Loading;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Reference;

public sealed class RegionalReferenceTests
{
    private static ReferenceData Data => TempDeals.Reference;

    [Fact]
    public void Lists_the_states_and_union_territories_of_India()
    {
        Assert.Equal(36, Data.Regions.All.Count(r => r.Country == "IN"));
    }

    [Fact]
    public void Lists_the_German_Länder_the_French_metropolitan_regions_and_the_UK_regions()
    {
        Assert.Equal(16, Data.Regions.All.Count(r => r.Country == "DE"));
        Assert.Equal(13, Data.Regions.All.Count(r => r.Country == "FR"));
        Assert.Equal(12, Data.Regions.All.Count(r => r.Country == "GB"));
    }

    [Fact]
    public void Lists_the_prefectures_of_Japan() => Assert.Equal(47, Data.Regions.All.Count(r => r.Country == "JP"));

    [Fact]
    public void Lists_the_provinces_and_metropolitan_cities_of_South_Korea() => Assert.Equal(17, Data.Regions.All.Count(r => r.Country == "KR"));

    [Fact]
    public void Every_name_and_alias_maps_to_its_own_region()
    {
        // The first region to claim an alias keeps it: a later region's alias that another already holds (Kochi, a city
        // of Kerala, and Kōchi prefecture) would map to the wrong region without a word.
        var wrong = Data.Regions.All
            .SelectMany(static r => new[] { r.Name, r.ChineseName }.Concat(r.Aliases).Select(a => (Alias: a, Region: r.Name)))
            .Where(p => Data.Regions.Map(p.Alias) != p.Region)
            .Select(p => $"{p.Alias} -> {Data.Regions.Map(p.Alias)}, listed under {p.Region}");

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("CA", "California")]
    [InlineData("NY", "New York")]
    [InlineData("US-TX", "Texas")]
    [InlineData("SF Bay", "California")]
    [InlineData("Boston", "Massachusetts")]
    [InlineData("Washington, D.C.", "District of Columbia")]
    [InlineData("Karnataka", "Karnataka")]
    [InlineData("Bengaluru", "Karnataka")]
    [InlineData("Bangalore", "Karnataka")]
    [InlineData("Gurgaon", "Haryana")]
    [InlineData("New Delhi", "Delhi")]
    [InlineData("IN-MH", "Maharashtra")]
    [InlineData("Orissa", "Odisha")]
    [InlineData("IN-TN", "Tamil Nadu")]
    [InlineData("TN", "Tennessee")]
    [InlineData("北京市", "Beijing")]
    [InlineData("서울", "Seoul")]
    [InlineData("서울특별시", "Seoul")]
    [InlineData("경기도", "Gyeonggi")]
    [InlineData("KR-49", "Jeju")]
    [InlineData("판교", "Gyeonggi")]
    [InlineData("Bayern", "Bavaria")]
    [InlineData("München", "Bavaria")]
    [InlineData("DE-NW", "North Rhine-Westphalia")]
    [InlineData("Koeln", "North Rhine-Westphalia")]
    [InlineData("Baden-Wurttemberg", "Baden-Württemberg")]
    [InlineData("Paris", "Île-de-France")]
    [InlineData("ile de france", "Île-de-France")]
    [InlineData("Provence-Alpes-Cote d'Azur", "Provence-Alpes-Côte d'Azur")]
    [InlineData("Bretagne", "Brittany")]
    [InlineData("Greater London", "London")]
    [InlineData("Edinburgh", "Scotland")]
    [InlineData("GB-WLS", "Wales")]
    [InlineData("東京都", "Tokyo")]
    [InlineData("东京", "Tokyo")]
    [InlineData("JP-23", "Aichi")]
    [InlineData("Nagoya", "Aichi")]
    [InlineData("愛知県", "Aichi")]
    [InlineData("Hyōgo", "Hyogo")]
    [InlineData("神戸", "Hyogo")]
    [InlineData("Osaka-fu", "Osaka")]
    [InlineData("鹿児島県", "Kagoshima")]
    public void Maps_state_names_codes_metros_and_cities(string label, string expected) => Assert.Equal(expected, Data.Regions.Map(label));

    [Theory]
    [InlineData("CN", 31, "Guangdong", "National Bureau of Statistics")]
    [InlineData("US", 51, "California", "Bureau of Economic Analysis")]
    [InlineData("IN", 34, "Maharashtra", "Ministry of Statistics")]
    public void Gives_each_country_its_own_baseline_with_its_source(string country, int regions, string largest, string source)
    {
        var baseline = Data.Baseline.ForCountry(country);

        Assert.NotNull(baseline);
        Assert.Equal(country, baseline.Country);
        Assert.Equal(regions, baseline.Shares.Count);
        Assert.Equal(1.0, baseline.Shares.Values.Sum(), 9);
        Assert.Equal(largest, baseline.Shares.MaxBy(p => p.Value).Key);
        Assert.Contains(source, baseline.Source, StringComparison.Ordinal);
        Assert.All(baseline.Shares.Keys, r => Assert.Equal(country, Data.Regions.Find(r)!.Country));
    }

    [Theory]
    [InlineData("USA", "US")]
    [InlineData("United States", "US")]
    [InlineData("美国", "US")]
    [InlineData("India", "IN")]
    [InlineData("IND", "IN")]
    [InlineData("中国", "CN")]
    [InlineData("chn", "CN")]
    public void Finds_a_baseline_by_any_name_of_its_country(string name, string code) => Assert.Equal(code, Data.Baseline.ForCountry(name)?.Country);

    [Fact]
    public void Keeps_China_as_the_first_baseline_and_has_none_for_other_countries()
    {
        Assert.Equal("CN", Data.Baseline.Country);
        Assert.Equal(["CN", "IN", "US"], Data.Baseline.Countries);
        Assert.Null(Data.Baseline.ForCountry("DE"));
    }

    [Fact]
    public void Refuses_a_baseline_file_that_mixes_countries()
    {
        using var temp = new TempDeals();
        var path = temp.Write("region-baseline-x.csv", "region,gdp_weight\nCalifornia,10\nBeijing,5\n");

        var ex = Assert.Throws<InputException>(() => RegionBaseline.Load(path, Data.Regions));

        Assert.Equal(3, ex.Line);
        Assert.Contains("mixes countries", ex.Message, StringComparison.Ordinal);
    }
}
