using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// The names readers know the data's sectors, regions and stages by, in English or Chinese, as the reference tables give
/// them: <c>EnterpriseSoftware</c> is "Enterprise software" and "企业服务", <c>Beijing</c> is "Beijing" and "北京",
/// <c>EPlus</c> is "E+" and "E轮及以后". A value the tables do not hold (a label of the data no alias maps) has no name
/// here: each caller decides how to show it as written.
/// </summary>
public sealed class ReaderNames
{
    /// <summary>The taxonomy's catch-all sector: companies in none of the named sectors.</summary>
    public const string OtherSector = "Other";

    /// <summary>The value deals without the field count under (the metrics' <c>Unknown</c> slice).</summary>
    private const string Unknown = "Unknown";

    private readonly SectorTaxonomy _sectors;
    private readonly RegionDirectory _regions;

    public ReaderNames(SectorTaxonomy sectors, RegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(regions);
        _sectors = sectors;
        _regions = regions;
    }

    /// <summary>A sector's name (<c>AgriFood</c> → "Agri-food" / "农业食品"); null for a sector the taxonomy does not hold.</summary>
    public string? Sector(string sector, bool chinese) => sector == Unknown
        ? UnknownName(chinese)
        : _sectors.Find(sector) is not { } info ? null : chinese ? info.ChineseName : info.EnglishName;

    /// <summary>
    /// A sector as a sentence names it: the catch-all sector is a group of sectors and reads "other sectors" / "其他行业"
    /// ("deals in other sectors", not "deals in Other"); any other sector as <see cref="Sector"/>.
    /// </summary>
    public string? SectorInProse(string sector, bool chinese) => sector == OtherSector
        ? chinese ? "其他行业" : "other sectors"
        : Sector(sector, chinese);

    /// <summary>A region's name (<c>Beijing</c> → "Beijing" / "北京"); null for a region the directory does not hold.</summary>
    public string? Region(string region, bool chinese) => region == Unknown
        ? UnknownName(chinese)
        : _regions.Find(region) is not { } info ? null : chinese ? info.ChineseName : info.Name;

    /// <summary>A canonical stage's name (<c>A</c> → "Series A" / "A轮"); null for a value that is not a canonical stage.</summary>
    public static string? Stage(string stage, bool chinese) => Stages.TryParseCanonical(stage) is not { } canonical
        ? null
        : chinese ? Stages.ChineseName(canonical) : Stages.DisplayName(canonical);

    private static string UnknownName(bool chinese) => chinese ? "未知" : Unknown;
}
