using System.CommandLine;

namespace CapitalHealthReport.Cli;

/// <summary>
/// The deal-input options shared by the commands that read deals: <c>--deals</c>, <c>--mapping</c>, <c>--sheet</c>
/// and <c>--as-of</c> everywhere, plus <c>--config</c>, <c>--period</c> and <c>--where</c> on the commands that
/// compute over a period (analyze, metrics, report). One instance per command: it creates the options (names and
/// help texts from <see cref="CommonOptions"/>) and reads them back with <see cref="Read"/>.
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

    /// <summary>All seven options, for a command that computes over a period (analyze, metrics, report).</summary>
    public static DealInputOptions ForPeriod() => new(period: true);

    /// <summary><c>--deals</c>, <c>--mapping</c>, <c>--sheet</c> and <c>--as-of</c>, for a command that only loads deals (data validate).</summary>
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
        parse.GetValue(AsOf));
}

/// <summary>The deal-input values of one run, as read by <see cref="DealInputOptions.Read"/>; options not given are null (<c>--where</c> empty).</summary>
public sealed record DealInput(string? Deals, string? Mapping, string? Sheet, string? Config, string? Period, string[] Where, string? AsOf);
