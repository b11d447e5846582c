using System.CommandLine;

namespace CapitalHealthReport.Cli;

/// <summary>
/// The deal-input options shared by the commands that read deals: <c>--deals</c>, <c>--mapping</c>, <c>--sheet</c>,
/// <c>--as-of</c> and <c>--cutoff</c> everywhere, plus <c>--config</c>, <c>--period</c> and <c>--where</c> on the
/// commands that compute over a period (analyze, metrics, report). One instance per command: it creates the options
/// (names and help texts from <see cref="CommonOptions"/>) and reads them back with <see cref="Read"/>; every command
/// turns them into one <see cref="AnalysisOptions"/> with <see cref="DealInput.ToAnalysisOptions"/>, so that they
/// read the same input the same way.
/// </summary>
/// <remarks>
/// Commands whose help lists these options among their own keep that order by placing the option properties in
/// their option list themselves; <see cref="AddTo"/> adds the whole group in its own order.
/// </remarks>
public sealed class DealInputOptions
{
    private readonly bool _period;

    private DealInputOptions(bool period) => _period = period;

    public Option<string?> Deals { get; } = CommonOptions.Deals();

    public Option<string?> Mapping { get; } = CommonOptions.Mapping();

    public Option<string?> Sheet { get; } = CommonOptions.Sheet();

    /// <summary><c>--config</c>; not added or read on a command that only loads deals.</summary>
    public Option<string?> Config { get; } = CommonOptions.Config();

    /// <summary><c>--period</c>; not added or read on a command that only loads deals.</summary>
    public Option<string?> Period { get; } = CommonOptions.Period();

    /// <summary><c>--where</c>; not added or read on a command that only loads deals.</summary>
    public Option<string[]> Where { get; } = CommonOptions.Where();

    public Option<string?> AsOf { get; } = CommonOptions.AsOf();

    public Option<string?> Cutoff { get; } = CommonOptions.Cutoff();

    /// <summary>All eight options, for a command that computes over a period (analyze, metrics, report).</summary>
    public static DealInputOptions ForPeriod() => new(period: true);

    /// <summary><c>--deals</c>, <c>--mapping</c>, <c>--sheet</c>, <c>--as-of</c> and <c>--cutoff</c>, for a command that only loads deals (data validate).</summary>
    public static DealInputOptions ForLoading() => new(period: false);

    /// <summary>Adds the group's options to a command, in help order.</summary>
    public DealInputOptions AddTo(Command command)
    {
        command.Options.Add(Deals);
        command.Options.Add(Mapping);
        command.Options.Add(Sheet);
        if (_period)
        {
            command.Options.Add(Config);
            command.Options.Add(Period);
            command.Options.Add(Where);
        }

        command.Options.Add(AsOf);
        command.Options.Add(Cutoff);
        return this;
    }

    /// <summary>The values given (raw text: <c>--as-of</c> and <c>--where</c> are parsed where they are used).</summary>
    public DealInput Read(ParseResult parse) => new(
        parse.GetValue(Deals),
        parse.GetValue(Mapping),
        parse.GetValue(Sheet),
        _period ? parse.GetValue(Config) : null,
        _period ? parse.GetValue(Period) : null,
        _period ? parse.GetValue(Where) ?? [] : [],
        parse.GetValue(AsOf),
        parse.GetValue(Cutoff));
}

/// <summary>The deal-input values of one run, as read by <see cref="DealInputOptions.Read"/>; options not given are null (<c>--where</c> empty).</summary>
public sealed record DealInput(string? Deals, string? Mapping, string? Sheet, string? Config, string? Period, string[] Where, string? AsOf, string? Cutoff)
{
    /// <summary>
    /// The analysis these options ask for: the deals file (else the bundled sample), <c>--config</c> (else
    /// <c>./capitalhealth.yaml</c>, else the built-in defaults), period, filters, publication date (<c>--as-of</c>, else
    /// <c>SOURCE_DATE_EPOCH</c>) and cut-off. Bad values are <see cref="InputException"/>s.
    /// </summary>
    public AnalysisOptions ToAnalysisOptions(Limits.ResourceLimits limits) => new()
    {
        Deals = Deals is not null ? DealSource.FromFile(Deals, Mapping, Sheet)
            : Mapping is null && Sheet is null ? DealSource.Sample
            : throw new InputException("--mapping and --sheet describe a deals file; give the file with --deals."),
        Config = Rules.AnalysisConfig.Load(Config),
        Period = Period is null ? null : Model.Period.Parse(Period),
        Where = [.. CommonOptions.ParseWhere(Where).Select(static p => new Metrics.Filter(p.Key, p.Value))],
        AsOf = CommonOptions.ParseAsOf(AsOf),
        Cutoff = CommonOptions.ParseCutoff(Cutoff),
        Limits = limits,
    };
}
