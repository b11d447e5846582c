using System.Text.RegularExpressions;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// What the report calls the places its deals are in. The data's regions are usually a country's provinces or states
/// (Beijing, Bavaria, California); an export by country (France, Germany, the Netherlands) has countries instead, and a
/// policy team reads "Countries", "Country", "country mix", 国家分布 there, not "Regions" or 地区. The regions are
/// countries when the file's country column was read as its regions (it had no region column), or when every region the
/// deals name is a country the country tables know and the region directory does not hold (Georgia and Hong Kong are
/// regions there, so a file of them keeps the region words). The metrics, JSON keys and rule ids keep their names.
/// </summary>
public sealed partial class PlaceWords
{
    private static readonly PlaceWords RegionWords = new(countries: false);
    private static readonly PlaceWords CountryWords = new(countries: true);

    private PlaceWords(bool countries)
    {
        Countries = countries;
    }

    /// <summary>The words for the report's places: regions, or countries (<see cref="AreCountries"/>).</summary>
    public static PlaceWords For(bool countries) => countries ? CountryWords : RegionWords;

    /// <summary>The words for the places of <paramref name="load"/>'s deals, as <see cref="AreCountries"/> decides.</summary>
    public static PlaceWords For(LoadResult load, RegionDirectory regions) => For(AreCountries(load, regions));

    /// <summary>
    /// True when the loaded deals' regions are countries: the country column was read as the regions, or every region a
    /// deal names is a country (<see cref="CountryNames"/>) that the region directory does not hold as a region.
    /// </summary>
    public static bool AreCountries(LoadResult load, RegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(regions);
        if (load.Statistics.RegionFromCountryColumn is not null)
        {
            return true;
        }

        var named = load.Deals.DistinctRegions();
        return named.Count > 0 && named.All(r => CountryNames.Code(r) is not null && regions.Find(r) is null);
    }

    /// <summary>True when the report's places are countries.</summary>
    public bool Countries { get; }

    /// <summary>The regional section's heading: "Regions" / "Countries"; 区域分布 / 国家分布.</summary>
    public string Heading(ReportLanguage language) => language == ReportLanguage.Chinese
        ? Countries ? "国家分布" : "区域分布"
        : Countries ? "Countries" : "Regions";

    /// <summary>A table column of places: "Region" / "Country"; 地区 / 国家.</summary>
    public string Column(ReportLanguage language) => language == ReportLanguage.Chinese
        ? Countries ? "国家" : "地区"
        : Countries ? "Country" : "Region";

    /// <summary>One place in a sentence: "region" / "country"; 地区 / 国家.</summary>
    public string One(ReportLanguage language) => language == ReportLanguage.Chinese
        ? Column(language)
        : Countries ? "country" : "region";

    /// <summary>Places in a sentence: "regions" / "countries"; 地区 / 国家.</summary>
    public string Many(ReportLanguage language) => language == ReportLanguage.Chinese
        ? Column(language)
        : Countries ? "countries" : "regions";

    /// <summary>The spread of deals over the places in a sentence: "the regional mix" / "the country mix"; 地区分布 / 国家分布.</summary>
    public string Mix(ReportLanguage language) => language == ReportLanguage.Chinese
        ? Countries ? "国家分布" : "地区分布"
        : Countries ? "the country mix" : "the regional mix";

    /// <summary>
    /// A text of a rule pack (a title, message, condition or description) in these words: for countries, "region(s)"
    /// reads "country"/"countries" and 地区 reads 国家, 各国, 该国 (地区生产总值, GDP, 地区集中, and "regional" as in regional economics
    /// and regional concentration stay);
    /// for regions, the text as it is.
    /// </summary>
    public string InText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Countries)
        {
            return text;
        }

        var english = EnglishRegion().Replace(text, static m => m.Value switch
        {
            "region" => "country",
            "Region" => "Country",
            "regions" => "countries",
            "Regions" => "Countries",
            _ => m.Value,
        });
        // 各地区 and 该地区 read 各国 and 该国 ("each country", "that country"), as Chinese writes them.
        return ChineseRegion().Replace(english, static m => m.Value switch
        {
            "各地区" => "各国",
            "该地区" => "该国",
            _ => "国家",
        });
    }

    // A whole word, not a file name or key (region-baseline.csv, top_region) nor "regional".
    [GeneratedRegex(@"(?<![\w\-./])[Rr]egions?(?![\w\-.]\w)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRegion();

    [GeneratedRegex("[各该]?地区(?!生产总值|集中)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseRegion();
}
