using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport;

/// <summary>
/// One analysis of a deals dataset: the deals loaded once, the data cut-off, publication date and period decided once,
/// the reporting currency and the regional baseline taken from the data, the filters checked, and metrics and findings
/// computed once on first use. Deals with implausible dates stay loaded but are in no period. <c>analyze</c>,
/// <c>report</c>, <c>metrics</c> and <c>data validate</c> are views of one analysis, so they cannot disagree on the
/// same inputs.
/// </summary>
/// <example>
/// <code>
/// var analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromFile("deals.csv"), Period = Period.Parse("2025Q1") });
/// foreach (var finding in analysis.Findings.Diagnostics) Console.WriteLine($"{finding.Id} {finding.Message}");
/// </code>
/// </example>
public sealed class Analysis
{
    private readonly Lazy<DealSet> _deals;
    private readonly Lazy<MetricsEngine> _engine;
    private readonly Lazy<Period> _period;
    private readonly Lazy<RuleCatalog> _catalog;
    private readonly Lazy<AnalysisResult> _findings;
    private readonly List<AnalysisNote> _notes = [];
    private readonly CanonicalTerms _terms;

    private Analysis(AnalysisOptions options, LoadResult load, ReferenceData reference)
    {
        Options = options;
        Load = load;
        Reference = reference.WithBaselineOf(load.Profile.Country);
        if (load.Statistics.RowsRejected > 0)
        {
            _notes.Add(LoadNotes.RowsRejected(load));
        }

        var currency = ReportingCurrency.Choose(options.Config, load.Profile, Reference.Fx);
        _terms = CanonicalTerms.Of(Reference, load.Mapping);
        var parameters = _terms.Parameters(options.Config.Parameters) with { ReportingCurrency = currency.Code };
        Config = parameters == options.Config.Parameters ? options.Config : options.Config.WithParameters(parameters);
        _notes.AddRange(currency.Notes);
        if (ExchangeRateYears.Note(load.Deals, load.Profile.Currencies.Keys, currency.Code, Reference.Fx) is { } rates)
        {
            _notes.Add(rates);
        }

        if (!ReferenceEquals(Reference, reference) && Reference.Baseline.Country is { } country)
        {
            _notes.Add(LoadNotes.Baseline(country, Reference.Baseline.Source));
        }

        if (load.Statistics.RegionFromCountryColumn is { } countryColumn)
        {
            _notes.Add(LoadNotes.RegionFromCountry(load, countryColumn));
        }

        _notes.AddRange(CellFormatUnitNotes.Of(load.Profile));
        if (load.Profile.NumberFormat is { Assumed: true, AssumedFrom: not null } assumedFormat)
        {
            _notes.Add(LoadNotes.NumberFormatAssumed(load, assumedFormat));
        }

        if (load.Profile.DateOrder.Decided != DayMonthOrder.Unknown)
        {
            _notes.Add(LoadNotes.DateOrder(load));
        }

        if (load.Profile.ImplausibleDates.Count > 0)
        {
            _notes.Add(LoadNotes.ImplausibleDates(load));
        }

        if (load.Profile.DatedByPeriod is var (months, quarters) && months + quarters > 0)
        {
            _notes.Add(LoadNotes.DatedByPeriod(load));
        }

        _deals = new(ScopedDeals);
        _engine = new(CreateEngine);
        _period = new(ChoosePeriod);
        _catalog = new(() => RuleCatalog.Load(Config.RulePaths, Options.Limits));
        _findings = new(FindingsOfPeriod);
    }

    public AnalysisOptions Options { get; }

    /// <summary>What the loader read: the deals, every data diagnostic, counts and the input's identity.</summary>
    public LoadResult Load { get; }

    /// <summary>The reference tables in force: the options' (or the bundled) ones, with the regional baseline of the data's country.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The configuration in force: the options' one, with the reporting currency the run chose.</summary>
    public AnalysisConfig Config { get; }

    public MetricParameters Parameters => Config.Parameters;

    /// <summary>What the run assumed or left out so far, in the order found (shown on standard error and in the report's data-quality section).</summary>
    public IReadOnlyList<AnalysisNote> Notes => _notes;

    /// <summary>The deals in scope: those loaded, less any dated after the cut-off and those whose dates are implausible.</summary>
    public DealSet Deals => _deals.Value;

    /// <summary>The data cut-off: <see cref="AnalysisOptions.Cutoff"/>, else the last day the plausible deal dates cover (<see cref="LoadResult.CoveredThrough"/>).</summary>
    public DateOnly Cutoff => Options.Cutoff ?? Load.CoveredThrough ?? throw NoDeals();

    /// <summary>The publication date: <see cref="AnalysisOptions.AsOf"/>, else the last day of the quarter holding the cut-off.</summary>
    public DateOnly AsOf => Options.AsOf ?? Model.Period.Containing(Cutoff, PeriodKind.Quarter).End;

    /// <summary>The first and last deal dates in scope, as <c>2023-01-01..2025-06-30</c>.</summary>
    public string Coverage => Deals.FirstDate is { } first && Deals.LastDate is { } last
        ? string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}")
        : "no dates";

    /// <summary>The metrics engine over the filtered deals (filters checked: each value matches some deal).</summary>
    public MetricsEngine Engine => _engine.Value;

    /// <summary>The period reported on: the one asked for, else the latest quarter that ends on or before the cut-off; it holds deals.</summary>
    public Period Period => _period.Value;

    public RuleCatalog Catalog => _catalog.Value;

    /// <summary>The findings of the rule packs over <see cref="Period"/>, with suppressions judged at <see cref="AsOf"/>.</summary>
    public AnalysisResult Findings => _findings.Value;

    /// <summary>Loads the deals and prepares the analysis; metrics and findings are computed when first asked for.</summary>
    /// <exception cref="InputException">The deals, mapping or configuration cannot be read.</exception>
    public static Analysis Run(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The bundled reference tables are read on another thread while the deals file is read.
        var bundled = options.Reference is null ? Task.Run(static () => ReferenceData.Default) : null;
        ReferenceData Reference() => options.Reference ?? bundled!.GetAwaiter().GetResult();
        var load = options.Deals.Load(
            new LoadOptions { AsOf = options.AsOf, Strict = options.Strict, AllowEmpty = true, Limits = options.Limits, StageDone = options.StageDone, HashInput = options.HashInput },
            Reference);
        return new Analysis(options, load, Reference());
    }

    /// <summary>The metrics of <see cref="Period"/>, unsliced and by each dimension in <paramref name="by"/>.</summary>
    public MetricsDocument Metrics(IReadOnlyList<string> by) =>
        new(Parameters.ReportingCurrency, Period.Label, null, Engine.Filters, Engine.ComputeScopes(Period, by));

    /// <summary>The metrics of every quarter, half or year of the data, oldest first, unsliced and by each dimension in <paramref name="by"/>.</summary>
    public MetricsDocument Series(PeriodKind kind, IReadOnlyList<string> by)
    {
        var periods = Engine.Series(kind);
        var span = periods.Count == 0 ? "" : Model.Period.Range(periods[0].Start, periods[^1].End).Label;
        var name = kind switch
        {
            PeriodKind.Half => "half",
            PeriodKind.Year => "year",
            _ => "quarter",
        };
        return new MetricsDocument(Parameters.ReportingCurrency, span, name, Engine.Filters, Engine.ComputeScopes(periods, by));
    }

    private AnalysisResult FindingsOfPeriod()
    {
        var config = _terms.Suppressions(Config);
        var analyzer = new Analyzer(Catalog, config) { Names = Reference.Names, UnmatchedSuppressions = SuppressionCheck.Unmatched(config, Deals, Reference, Parameters) };
        return analyzer.Run(Engine, Period, Load.Issues, Options.Baseline, AsOf);
    }

    private DealSet ScopedDeals()
    {
        Load.EnsureUsable();
        var loaded = Load.Deals;
        var cutoff = Cutoff;
        var kept = loaded.InScope(cutoff);
        var after = loaded.Count - kept.Count - Load.Profile.ImplausibleDates.Count;
        if (after > 0)
        {
            _notes.Add(LoadNotes.AfterCutoff(after, cutoff));
        }

        return kept.Count == 0 ? throw NoDeals() : kept;
    }

    private MetricsEngine CreateEngine()
    {
        var deals = Deals;
        SectorParameterCheck.EnsureKnown(Options.Config, Reference.Sectors, _terms, Load.Deals);
        var where = _terms.Filters(Options.Where);
        FilterCheck.EnsureEachMatches(deals, Reference, Parameters, where);
        var engine = new MetricsEngine(deals, Reference, Parameters, where);
        if (engine.DealCount == 0)
        {
            throw new InputException(
                SettingText.Of($"no deal matches {FilterCheck.Describe(where)} together; the data covers {Coverage}."),
                Load.SourceName,
                hint: SettingText.Of("Each filter matches some deals, but not the same ones: drop one of them."));
        }

        return engine;
    }

    /// <summary>
    /// The period a run reports without <c>--period</c>: the latest quarter that ends on or before the cut-off, or on or
    /// before the last day the data covers when the cut-off is later (the data says nothing of quarters after it ends).
    /// </summary>
    public Period DefaultPeriod => LatestQuarterEndingBy(DefaultPeriodBy);

    /// <summary>The day the default period ends by: the cut-off, or the last day the data covers when that is earlier.</summary>
    private DateOnly DefaultPeriodBy => Load.CoveredThrough is { } covered && covered < Cutoff ? covered : Cutoff;

    private Period ChoosePeriod()
    {
        var period = Options.Period ?? DefaultPeriod;
        if (Engine.Compute(new Scope(period)).DealCount == 0)
        {
            var filters = Engine.Filters.Count == 0 ? SettingText.Of("") : SettingText.Of($" for {FilterCheck.Describe(Engine.Filters)}");
            var hint = Options.Period is null ? DefaultPeriodHint() : SettingText.Of("Give a period the data covers.");
            throw new InputException(SettingText.Of($"no deals in {period.Label}{filters}; the data covers {Coverage}."), Load.SourceName, hint: hint);
        }

        return period;
    }

    /// <summary>
    /// The quarters to give with <c>--period</c> when the default period has no deals, each with why: the latest earlier
    /// quarter with deals, then the quarter the data ends in when it has deals. Empty when the default period has deals.
    /// </summary>
    public IReadOnlyList<(Period Period, string Reason)> PeriodsForAnEmptyDefault()
    {
        var empty = DefaultPeriod;
        if (Engine.Compute(new Scope(empty)).DealCount > 0)
        {
            return [];
        }

        var first = Deals.FirstDate ?? empty.Start;
        var earlier = empty.Previous();
        while (earlier.End >= first && Engine.Compute(new Scope(earlier)).DealCount == 0)
        {
            earlier = earlier.Previous();
        }

        var last = Model.Period.Containing(Deals.LastDate ?? Cutoff, PeriodKind.Quarter);
        var periods = new List<(Period, string)>();
        if (earlier.End >= first)
        {
            periods.Add((earlier, "the latest quarter before it with deals"));
        }

        if (last.Start > empty.End && Engine.Compute(new Scope(last)).DealCount > 0)
        {
            periods.Add((last, string.Create(CultureInfo.InvariantCulture, $"the quarter the data ends in, covered through {(Cutoff < last.End ? Cutoff : last.End):yyyy-MM-dd}")));
        }

        return periods;
    }

    /// <summary>Why the default period is empty: the latest quarter that ends by the data's last covered day.</summary>
    public string EmptyDefaultPeriodReason =>
        string.Create(CultureInfo.InvariantCulture, $"{DefaultPeriod.Label}, the latest quarter that ends by {DefaultPeriodBy:yyyy-MM-dd}, has no deals");

    /// <summary>What to give instead of an empty default period.</summary>
    private SettingText DefaultPeriodHint()
    {
        var periods = PeriodsForAnEmptyDefault();
        if (periods.Count == 0)
        {
            return SettingText.Of($"{EmptyDefaultPeriodReason}; give {Settings.Period} for a quarter the data covers.");
        }

        var builder = new SettingTextBuilder(0, 0);
        builder.AppendLiteral(EmptyDefaultPeriodReason + "; give ");
        for (var i = 0; i < periods.Count; i++)
        {
            builder.AppendLiteral(i == 0 ? "" : ", or ");
            builder.AppendFormatted(Settings.Period.With(periods[i].Period.Label));
            builder.AppendLiteral($" ({periods[i].Reason})");
        }

        builder.AppendLiteral(".");
        return SettingText.Of(builder);
    }

    /// <summary>The latest quarter whose last day is on or before <paramref name="cutoff"/>.</summary>
    public static Period LatestQuarterEndingBy(DateOnly cutoff)
    {
        var quarter = Model.Period.Containing(cutoff, PeriodKind.Quarter);
        return quarter.End == cutoff ? quarter : quarter.Previous();
    }

    private InputException NoDeals()
    {
        Load.EnsureUsable();
        return Load.Profile.ImplausibleDates.Count == Load.Statistics.RowsLoaded
            ? new InputException(SettingText.Of($"no deals are left to analyse: every deal's date is implausible (before 1990, after {Settings.AsOf}, or isolated far after the rest; first on line {Load.Profile.ImplausibleDates[0].Line})."), Load.SourceName, hint: SettingText.Of($"{Settings.DataValidate} to list them; correct the dates or {Settings.AsOf}."))
            : new InputException("no deals are left to analyse.", Load.SourceName, hint: SettingText.Of($"Check {Settings.Cutoff} and the deals file."));
    }
}
