using System.Globalization;
using System.Reflection;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Model.Claims;
using CapitalHealthReport.Reporting.Model.Sections;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// Builds the <see cref="ReportModel"/> a template renders. The claims are computed once from the period's
/// metrics and findings and phrased in the report's language; each section's tables come from their own
/// builder under <c>Model/Sections</c>; the charts from <see cref="ChartBuilder"/>.
/// </summary>
public static class ReportModelBuilder
{
    /// <summary>How many quarters the time series and charts show.</summary>
    public const int SeriesQuarters = SeriesSection.Quarters;

    public static ReportModel Build(ReportInputs inputs)
    {
        var language = inputs.Language;
        var engine = inputs.Engine;
        var parameters = engine.Parameters;
        var period = inputs.Period;
        var format = new NarrativeFormatter(language, parameters.ReportingCurrency);
        var names = new DisplayNames(inputs.Reference, language, inputs.Load.Profile.Country, PlaceWords.For(inputs.Load, inputs.Reference.Regions));
        var texts = new RuleTexts(inputs.Catalog, language, parameters, names.Funds, names.Places);
        var limits = RuleLimits.From(inputs.Catalog, parameters);
        var report = inputs.Config.Report;
        var version = ToolVersion();

        var series = SeriesSection.Build(engine, period, format);
        var marketScope = new Scope(period);
        var hotScope = new Scope(period, new Slice(SliceDimensions.Sector, parameters.HotSector));
        var market = ScopeViews.Of(engine, marketScope, format, names);
        var hot = ScopeViews.Of(engine, hotScope, format, names);

        var evidence = new ClaimEvidence(engine, inputs.Analysis, inputs.Catalog, inputs.Config) { Cutoff = inputs.Cutoff, CutoffGiven = inputs.CutoffGiven, Funds = names.Funds, Places = names.Places };
        var partThrough = evidence.PartThrough(period);
        var megaRoundInReporting = MegaRoundInReporting(inputs.Reference.Fx, parameters, period);
        var phrasebook = ClaimPhrasebook.For(language, new PhraseContext(format, names, parameters, texts.Title, texts.Condition, megaRoundInReporting));
        var claims = ClaimBuilder.Build(evidence, period).Select(phrasebook.Phrase).ToList();

        var cover = new CoverSection(format, names, report);
        var findings = new FindingsSection(format, names, limits, texts, report);
        var methodology = new MethodologySection(format, names, texts, inputs.Config);
        var diagnostics = inputs.Analysis.Diagnostics;
        var provenance = Provenance(inputs, language, version);

        var model = new ReportModel
        {
            Report = cover.Info(inputs, provenance.SourceName, version),
            Period = PeriodOf(period, format, partThrough),
            PrevPeriod = PeriodOf(period.Previous(), format),
            YoyPeriod = PeriodOf(period.YearAgo(), format),
            HasYearAgoColumn = !ClaimContext.SameComparison(period) && market.YoyKnown,
            HasPreviousColumn = market.PrevKnown,
            HotSector = parameters.HotSector,
            HotSectorName = names.Sector(parameters.HotSector),
            HasHotSector = series.Any(static q => q.HotSectorCountShare > 0),
            Market = market,
            Hot = hot,
            KeyFigures = cover.KeyFigures(market, names.Sector(parameters.HotSector), hot.Metrics.DealCount > 0, partThrough is not null),
            Claims = claims,
            Headlines = claims.Where(static c => c.IsHeadline).OrderBy(static c => c.HeadlineRank).ToList(),
            Sections = Sections(claims),
            Places = PlacesView.Of(names.Places, language),
            RegionalWindow = report.RegionalWindow is { } window ? PeriodOf(window, format) : null,
            RegionalLeaders = report.RegionalWindow is { } leadersWindow ? CompanyTables.RegionalLeaders(engine, leadersWindow, names) : [],
            Sectors = MarketTables.Sectors(engine, period, market, names),
            Regions = MarketTables.Regions(engine, period, market, names),
            Stages = MarketTables.Stages(market, language),
            Findings = diagnostics.Select(findings.View).ToList(),
            // The most severe: by severity, then by how far past its threshold (the claims' score, as the summary
            // ranks them), so that the list and the summary name the same scope of a rule.
            TopFindings = diagnostics
                .Where(static d => d.IsActive && d.Severity is not DiagnosticSeverity.None)
                .OrderBy(static d => d.Severity)
                .ThenByDescending(d => FindingScore(claims, d))
                .DistinctBy(static d => d.Id)
                .Take(3)
                .Select(findings.View)
                .ToList(),
            FindingSummary = findings.Summary(inputs.Analysis.Summary, diagnostics),
            TopDeals = CompanyTables.TopDeals(engine, marketScope, names, language),
            TopCompanies = CompanyTables.TopCompanies(engine, hotScope),
            ActiveInvestors = CompanyTables.ActiveInvestors(engine, marketScope, names),
            InvestorTypes = CompanyTables.InvestorTypes(engine, market, marketScope, names),
            Lorenz = engine.Lorenz(hotScope),
            Series = series,
            DataQuality = DataQualitySection.Build(inputs, format),
            Rules = methodology.Rules(inputs.Catalog),
            MetricCatalog = methodology.Metrics(inputs.Catalog),
            Parameters = methodology.Parameters(parameters, inputs.Load.Profile.Currencies, megaRoundInReporting, MegaRoundMeasured(inputs.Reference.Fx, parameters)),
            Provenance = provenance,
            Evidence = evidence,
        };

        model.Charts = ChartBuilder.Build(model, language, limits);
        return model;
    }

    /// <summary>
    /// The mega-round size in the reporting currency: a deal is a mega round when it is worth the dollar size at its year's
    /// rate, so within one year that is one amount in any currency. Null for the dollar, and for a period across years.
    /// </summary>
    private static double? MegaRoundInReporting(Reference.FxTable fx, MetricParameters parameters, Period period) =>
        string.Equals(parameters.ReportingCurrency, "USD", StringComparison.OrdinalIgnoreCase) || period.Start.Year != period.End.Year || !fx.Supports(parameters.ReportingCurrency)
            ? null
            : (double)(parameters.MegaRoundUsd * fx.UnitsPerUsd(parameters.ReportingCurrency, period.Start.Year));

    /// <summary>Whether rounds in the reporting currency can be compared with the dollar mega-round size: not without its exchange rate.</summary>
    private static bool MegaRoundMeasured(Reference.FxTable fx, MetricParameters parameters) =>
        string.Equals(parameters.ReportingCurrency, "USD", StringComparison.OrdinalIgnoreCase) || fx.Supports(parameters.ReportingCurrency);

    /// <summary>The score of the claim stating a finding (severity, then distance past the threshold); 0 when no claim states it.</summary>
    private static double FindingScore(IReadOnlyList<Claim> claims, Diagnostic finding) =>
        claims.Where(c => c.Kind == ClaimKind.Finding && c.RuleId == finding.Id && c.ScopeLabel == finding.Location).Select(static c => c.Score).DefaultIfEmpty(0).Max();

    /// <summary>The tool's version without build metadata (<c>0.1.0</c>), so reports do not change with the commit.</summary>
    public static string ToolVersion()
    {
        var informational = typeof(ReportModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ReportModelBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    internal static PeriodView PeriodOf(Period period, NarrativeFormatter format, DateOnly? partThrough = null) => new()
    {
        Label = period.Label,
        Name = format.PeriodLabel(period),
        Start = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Through = (partThrough ?? period.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Partial = partThrough is not null,
        Kind = period.Kind.ToString().ToLowerInvariant(),
    };

    private static SectionClaims Sections(IReadOnlyList<Claim> claims)
    {
        List<Claim> Of(string section) => claims.Where(c => c.Section == section).ToList();
        return new SectionClaims
        {
            Market = Of(ClaimSections.Market),
            Concentration = Of(ClaimSections.Concentration),
            Stages = Of(ClaimSections.Stages),
            Sectors = Of(ClaimSections.Sectors),
            Regions = Of(ClaimSections.Regions),
            Investors = Of(ClaimSections.Investors),
            Findings = Of(ClaimSections.Findings),
        };
    }

    private static ProvenanceView Provenance(ReportInputs inputs, ReportLanguage language, string version) => new(
        inputs.Load.SourceName,
        inputs.Load.Sha256,
        inputs.Load.Statistics.RowsRead,
        inputs.Config.SourcePath is { } configPath ? Path.GetFileName(configPath) : (language == ReportLanguage.Chinese ? "内置默认配置" : "built-in defaults"),
        string.Join(", ", inputs.Catalog.Rules.Select(static r => Path.GetFileName(r.SourceFile)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        version,
        inputs.TemplateName);
}
