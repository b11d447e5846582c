using CapitalHealthReport.Content;

namespace CapitalHealthReport.Reference;

/// <summary>
/// The reference tables one run uses: stage aliases, sector taxonomy, regions, investors, exchange rates
/// and the regional baseline. <see cref="Default"/> is the bundled set (<c>data/reference/</c>, embedded in the library).
/// </summary>
public sealed class ReferenceData
{
    /// <summary>The folder of the bundled reference tables in the repository and among the embedded files.</summary>
    public const string BundledFolder = "data/reference";

    private static readonly Lazy<ReferenceData> LazyDefault = new(() => Load(name =>
        EmbeddedContent.Core.Exists($"{BundledFolder}/{name}") ? EmbeddedContent.Core.ReadAllText($"{BundledFolder}/{name}") : null));

    private ReaderNames? _names;

    public ReferenceData(StageAliases stages, SectorTaxonomy sectors, RegionDirectory regions, InvestorDirectory investors, FxTable fx, RegionBaseline baseline)
    {
        Stages = stages;
        Sectors = sectors;
        Regions = regions;
        Investors = investors;
        Fx = fx;
        Baseline = baseline;
    }

    /// <summary>The bundled reference tables, read once from the library's embedded copy of <c>data/reference/</c>.</summary>
    public static ReferenceData Default => LazyDefault.Value;

    public StageAliases Stages { get; }

    public SectorTaxonomy Sectors { get; }

    public RegionDirectory Regions { get; }

    public InvestorDirectory Investors { get; }

    public FxTable Fx { get; }

    public RegionBaseline Baseline { get; }

    /// <summary>The names readers know the sectors, regions and stages by, from these tables.</summary>
    public ReaderNames Names => _names ??= new ReaderNames(Sectors, Regions);

    /// <summary>
    /// These tables with <paramref name="country"/>'s regional baseline (an ISO code or a name) for location quotients:
    /// the same tables when that baseline already leads, or when the country is null or has none.
    /// </summary>
    public ReferenceData WithBaselineOf(string? country) =>
        country is not null && Baseline.LedBy(country) is { } led && !ReferenceEquals(led, Baseline)
            ? new ReferenceData(Stages, Sectors, Regions, Investors, Fx, led)
            : this;

    /// <summary>The regional baseline files, one per country: China's first (required), then the US's and India's (when present).</summary>
    public static IReadOnlyList<string> BaselineFiles { get; } = ["region-baseline.csv", "region-baseline-us.csv", "region-baseline-in.csv"];

    /// <summary>
    /// Loads <c>sectors.yaml</c>, <c>regions.yaml</c>, <c>fx.csv</c>, the <see cref="BaselineFiles"/> and (when present)
    /// <c>investors.csv</c> from <paramref name="folder"/>. Bad tables are <see cref="InputException"/>s with file and line.
    /// </summary>
    public static ReferenceData Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException("The reference folder was not found.", folder, hint: "It must hold sectors.yaml, regions.yaml, fx.csv and region-baseline.csv.");
        }

        return Load(name =>
        {
            var path = Path.Combine(folder, name);
            return (name == "investors.csv" || name.StartsWith("region-baseline-", StringComparison.Ordinal)) && !File.Exists(path) ? null : ReferenceFiles.ReadText(path);
        });
    }

    /// <summary>
    /// Reads the tables through <paramref name="readTable"/>, which returns a table's text by file name
    /// (<c>sectors.yaml</c>), or null when the file is absent (only <c>investors.csv</c> may be).
    /// </summary>
    private static ReferenceData Load(Func<string, string?> readTable)
    {
        string Required(string name) => readTable(name) ?? throw new InputException("The reference table was not found.", name);

        var sectors = SectorTaxonomy.Parse(Required("sectors.yaml"), "sectors.yaml");
        var regions = RegionDirectory.Parse(Required("regions.yaml"), "regions.yaml");
        var fx = FxTable.Parse(Required("fx.csv"), "fx.csv");
        var baseline = RegionBaseline.Combine([.. BaselineFiles
            .Select((name, i) => (Name: name, Text: i == 0 ? Required(name) : readTable(name)))
            .Where(f => f.Text is not null)
            .Select(f => RegionBaseline.Parse(f.Text!, f.Name, regions))]);
        var investors = readTable("investors.csv") is { } investorsText ? InvestorDirectory.Parse(investorsText, "investors.csv", regions) : InvestorDirectory.Empty;
        return new ReferenceData(StageAliases.BuiltIn, sectors, regions, investors, fx, baseline);
    }
}
