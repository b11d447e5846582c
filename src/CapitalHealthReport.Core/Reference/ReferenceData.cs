namespace CapitalHealthReport.Reference;

/// <summary>
/// The reference tables one run uses: stage aliases, sector taxonomy, regions, investors, exchange rates
/// and the regional baseline. <see cref="Default"/> is the bundled set under <c>data/reference/</c>.
/// </summary>
public sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> LazyDefault = new(() => Load(ProductPaths.Reference));

    public ReferenceData(StageAliases stages, SectorTaxonomy sectors, RegionDirectory regions, InvestorDirectory investors, FxTable fx, RegionBaseline baseline)
    {
        Stages = stages;
        Sectors = sectors;
        Regions = regions;
        Investors = investors;
        Fx = fx;
        Baseline = baseline;
    }

    /// <summary>The bundled reference tables, loaded once from <see cref="ProductPaths.Reference"/>.</summary>
    public static ReferenceData Default => LazyDefault.Value;

    public StageAliases Stages { get; }

    public SectorTaxonomy Sectors { get; }

    public RegionDirectory Regions { get; }

    public InvestorDirectory Investors { get; }

    public FxTable Fx { get; }

    public RegionBaseline Baseline { get; }

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

        var sectors = SectorTaxonomy.Load(Path.Combine(folder, "sectors.yaml"));
        var regions = RegionDirectory.Load(Path.Combine(folder, "regions.yaml"));
        var fx = FxTable.Load(Path.Combine(folder, "fx.csv"));
        var baseline = RegionBaseline.Combine([.. BaselineFiles
            .Select((name, i) => (Path: Path.Combine(folder, name), Required: i == 0))
            .Where(f => f.Required || File.Exists(f.Path))
            .Select(f => RegionBaseline.Load(f.Path, regions))]);
        var investorsPath = Path.Combine(folder, "investors.csv");
        var investors = File.Exists(investorsPath) ? InvestorDirectory.Load(investorsPath, regions) : InvestorDirectory.Empty;
        return new ReferenceData(StageAliases.BuiltIn, sectors, regions, investors, fx, baseline);
    }
}
