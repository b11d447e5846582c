using CapitalHealthReport.Metrics;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// Display names of sectors, regions, investor types and scopes in the report's language (Chinese names from the reference
/// tables), as tables show them and as sentences put them.
/// </summary>
public sealed class DisplayNames
{
    /// <summary>The taxonomy's catch-all sector: companies in none of the named sectors.</summary>
    public const string OtherSector = ReaderNames.OtherSector;

    private readonly ReferenceData _reference;
    private readonly ReportLanguage _language;

    /// <param name="reference">The reference tables (Chinese names of sectors and regions).</param>
    /// <param name="language">The report's language.</param>
    /// <param name="dataCountry">The data's country (ISO 3166 alpha-2), or null when none is known: it decides what government funds are called.</param>
    /// <param name="places">What the data's places are called (regions unless given).</param>
    public DisplayNames(ReferenceData reference, ReportLanguage language, string? dataCountry = null, PlaceWords? places = null)
    {
        _reference = reference;
        _language = language;
        Funds = GovernmentFundWords.For(dataCountry);
        Places = places ?? PlaceWords.For(countries: false);
    }

    /// <summary>What government funds are called for the data's country.</summary>
    public GovernmentFundWords Funds { get; }

    /// <summary>What the data's places are called: regions, or countries.</summary>
    public PlaceWords Places { get; }

    /// <summary>A text of the metric catalog or a rule pack in the data's words for government funds and places.</summary>
    public string InWords(string text) => Places.InText(Funds.InText(text));

    /// <summary>A sector's name as the taxonomy gives it (<c>EnterpriseSoftware</c> → "Enterprise software" / "企业服务"); a sector it does not hold as written.</summary>
    public string Sector(string sector) => _reference.Names.Sector(sector, _language == ReportLanguage.Chinese) ?? sector;

    /// <summary>
    /// A sector as a sentence names it: the catch-all sector reads "other sectors" / "其他行业" ("funded companies in other
    /// sectors", "其他行业企业", not "funded Other companies", "其他企业"); any other sector as <see cref="Sector"/>.
    /// </summary>
    public string SectorInProse(string sector) => _reference.Names.SectorInProse(sector, _language == ReportLanguage.Chinese) ?? sector;

    /// <summary>
    /// True for the catch-all sector, whose name in a sentence is a group of sectors: English cannot put it before a noun
    /// as it puts "AI" ("AI deals", but "deals in other sectors").
    /// </summary>
    public static bool IsSectorGroup(string sector) => sector == OtherSector;

    /// <summary>An investor type's name (<c>CVC</c> → "Corporate VC" / "产业资本（CVC）"; <c>Government</c> as <see cref="Funds"/> names it).</summary>
    public string InvestorType(string type) => type == "Government" ? Funds.Name(_language) : Vocabulary.InvestorTypeName(type, _language);

    /// <summary>
    /// A region's name as the region directory gives it (<c>Beijing</c> → "Beijing" / "北京"); where the places are
    /// countries, a country by its name in the language (<c>Germany</c> or <c>Deutschland</c> → "Germany" / "德国");
    /// a region neither names as written.
    /// </summary>
    public string Region(string region) => KnownRegion(region) ?? region;

    private string? KnownRegion(string region)
    {
        var chinese = _language == ReportLanguage.Chinese;
        // A country's name first where the places are countries: Georgia is the country there, not the US state.
        return (Places.Countries && CountryNames.Code(region) is { } code ? chinese ? CountryNames.ChineseName(code) : CountryNames.EnglishName(code) : null)
            ?? _reference.Names.Region(region, chinese);
    }

    /// <summary>
    /// The slice value of <paramref name="scope"/> when it is a sector or region of the data that no reference table
    /// names (an unmapped label, shown as the data writes it); null for a named one, <c>Unknown</c> or an unsliced scope.
    /// </summary>
    public string? AsWritten(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var chinese = _language == ReportLanguage.Chinese;
        return scope.Slice switch
        {
            { Dimension: SliceDimensions.Sector, Value: var sector } when _reference.Names.Sector(sector, chinese) is null => sector,
            { Dimension: SliceDimensions.Region, Value: var region } when KnownRegion(region) is null => region,
            _ => null,
        };
    }

    /// <summary>A scope for a table of findings: as <see cref="Scope(Metrics.Scope, NarrativeFormatter)"/>, with a label of the data no table names in quotes ("Q1 2025, “Quantum Computing”").</summary>
    public string QuotedScope(Scope scope, NarrativeFormatter format)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return AsWritten(scope) is { } label
            ? _language == ReportLanguage.Chinese ? $"{format.PeriodLabel(scope.Period)}·“{label}”" : $"{format.PeriodLabel(scope.Period)}, “{label}”"
            : Scope(scope, format);
    }

    /// <summary>A scope for prose: "2025Q1, AI" / "2025年第一季度·人工智能".</summary>
    public string Scope(Scope scope, NarrativeFormatter format)
    {
        var period = format.PeriodLabel(scope.Period);
        if (scope.Slice is null)
        {
            return period;
        }

        var value = scope.Slice.Dimension switch
        {
            SliceDimensions.Sector => SectorInProse(scope.Slice.Value),
            SliceDimensions.Region => Region(scope.Slice.Value),
            SliceDimensions.Stage => Vocabulary.StageName(scope.Slice.Value, _language),
            SliceDimensions.InvestorType => InvestorType(scope.Slice.Value),
            _ => scope.Slice.Value,
        };
        return _language == ReportLanguage.Chinese ? $"{period}·{value}" : $"{period}, {value}";
    }
}
