using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Maps source stage labels (English and Chinese, as deal databases write them) onto canonical
/// <see cref="Stage"/> values. Built-in aliases cover the common labels; a mapping file adds more.
/// </summary>
public sealed class StageAliases
{
    private static readonly (string Alias, Stage Stage)[] BuiltInAliases =
    [
        ("angel", Stage.Angel), ("angel round", Stage.Angel), ("天使轮", Stage.Angel), ("天使", Stage.Angel), ("天使+轮", Stage.Angel), ("pre-angel", Stage.Angel),
        ("seed", Stage.Seed), ("seed round", Stage.Seed), ("种子轮", Stage.Seed), ("种子", Stage.Seed), ("pre-seed", Stage.Seed),
        ("pre-a", Stage.PreA), ("prea", Stage.PreA), ("pre-a轮", Stage.PreA), ("pre-a+轮", Stage.PreA), ("pre-series-a", Stage.PreA),
        ("a", Stage.A), ("series-a", Stage.A), ("series a", Stage.A), ("a轮", Stage.A), ("a+轮", Stage.A), ("a++轮", Stage.A), ("a+", Stage.A), ("round a", Stage.A),
        ("b", Stage.B), ("series-b", Stage.B), ("series b", Stage.B), ("b轮", Stage.B), ("b+轮", Stage.B), ("b++轮", Stage.B), ("pre-b轮", Stage.B), ("b+", Stage.B),
        ("c", Stage.C), ("series-c", Stage.C), ("series c", Stage.C), ("series-c+", Stage.C), ("c轮", Stage.C), ("c+轮", Stage.C), ("pre-c轮", Stage.C), ("c+", Stage.C),
        ("d", Stage.D), ("series-d", Stage.D), ("series d", Stage.D), ("d轮", Stage.D), ("d+轮", Stage.D), ("d+", Stage.D),
        ("eplus", Stage.EPlus), ("e+", Stage.EPlus), ("series-e", Stage.EPlus), ("series e", Stage.EPlus), ("series-f", Stage.EPlus), ("series-g", Stage.EPlus),
        ("e轮", Stage.EPlus), ("e+轮", Stage.EPlus), ("f轮", Stage.EPlus), ("f轮及以后", Stage.EPlus), ("g轮", Stage.EPlus), ("e轮及以后", Stage.EPlus), ("f轮-上市前", Stage.EPlus),
        ("preipo", Stage.PreIPO), ("pre-ipo", Stage.PreIPO), ("ipo前", Stage.PreIPO), ("pre-ipo轮", Stage.PreIPO), ("上市前", Stage.PreIPO),
        ("strategic", Stage.Strategic), ("strategic investment", Stage.Strategic), ("战略投资", Stage.Strategic), ("战略融资", Stage.Strategic), ("战投", Stage.Strategic),
        ("pe", Stage.PE), ("private-equity", Stage.PE), ("private equity", Stage.PE), ("私募股权", Stage.PE), ("并购", Stage.PE), ("收购", Stage.PE), ("m&a", Stage.PE),
        ("buyout", Stage.PE), ("acquisition", Stage.PE), ("定增", Stage.PE), ("定向增发", Stage.PE), ("pipe", Stage.PE),
        ("debt", Stage.Debt), ("debt_financing", Stage.Debt), ("debt financing", Stage.Debt), ("债权融资", Stage.Debt), ("债权", Stage.Debt), ("venture debt", Stage.Debt), ("convertible note", Stage.Debt),
        ("grant", Stage.Grant), ("政府资助", Stage.Grant), ("补助", Stage.Grant),
        ("other", Stage.Other), ("post-ipo", Stage.Other), ("post ipo", Stage.Other), ("crowdfunding", Stage.Other), ("股权融资", Stage.Other), ("股权众筹", Stage.Other),
        ("新三板", Stage.Other), ("新三板定增", Stage.Other), ("ipo", Stage.Other), ("ipo上市", Stage.Other), ("上市", Stage.Other), ("上市后", Stage.Other), ("secondary", Stage.Other),
        ("secondary market", Stage.Other), ("老股转让", Stage.Other), ("股权转让", Stage.Other), ("其他", Stage.Other),
        ("d轮及以后", Stage.D), ("growth equity", Stage.PE), ("growth", Stage.PE), ("mezzanine", Stage.Debt), ("accelerator/incubator", Stage.Seed),
        ("accelerator", Stage.Seed), ("incubator", Stage.Seed), ("initial coin offering", Stage.Other), ("ico", Stage.Other),
        ("venture", Stage.Unknown), ("venture round", Stage.Unknown), ("venture - series unknown", Stage.Unknown), ("undisclosed", Stage.Unknown),
        ("unknown", Stage.Unknown), ("未知", Stage.Unknown), ("未披露", Stage.Unknown),
    ];

    // Latin America: Portuguese (Brazil) and Spanish (Mexico, Colombia, Chile, Argentina) labels.
    private static readonly (string Alias, Stage Stage)[] LatinAmericanAliases =
    [
        ("anjo", Stage.Angel), ("investimento anjo", Stage.Angel), ("rodada anjo", Stage.Angel), ("ángel", Stage.Angel), ("inversión ángel", Stage.Angel), ("inversion angel", Stage.Angel), ("ronda ángel", Stage.Angel),
        ("semente", Stage.Seed), ("pré-semente", Stage.Seed), ("pré-seed", Stage.Seed), ("semilla", Stage.Seed), ("presemilla", Stage.Seed), ("pre-semilla", Stage.Seed), ("capital semilla", Stage.Seed), ("ronda semilla", Stage.Seed),
        ("pré-série a", Stage.PreA), ("pre-serie a", Stage.PreA), ("preserie a", Stage.PreA),
        ("dívida", Stage.Debt), ("divida", Stage.Debt), ("deuda", Stage.Debt), ("aquisição", Stage.PE), ("aquisicao", Stage.PE), ("adquisición", Stage.PE), ("adquisicion", Stage.PE),
    ];

    private readonly Dictionary<string, Stage> _aliases;
    private readonly Dictionary<string, Stage> _extra = new(StringComparer.Ordinal);

    /// <summary>The built-in aliases plus <paramref name="extra"/> (which win over patterns and built-ins).</summary>
    public StageAliases(IEnumerable<KeyValuePair<string, Stage>>? extra = null)
    {
        _aliases = new Dictionary<string, Stage>(StringComparer.Ordinal);
        foreach (var stage in Stages.All)
        {
            _aliases[AliasKey.Of(Stages.Name(stage))] = stage;
        }

        foreach (var (alias, stage) in BuiltInAliases.Concat(NordicStageAliases.All).Concat(LatinAmericanAliases))
        {
            _aliases[AliasKey.Of(alias)] = stage;
        }

        foreach (var pair in extra ?? [])
        {
            _extra[AliasKey.Of(pair.Key)] = pair.Value;
        }
    }

    /// <summary>The aliases built into the product.</summary>
    public static StageAliases BuiltIn { get; } = new();

    /// <summary>A copy with <paramref name="extra"/> aliases added (they win over existing ones).</summary>
    public StageAliases WithAliases(IEnumerable<KeyValuePair<string, Stage>> extra)
    {
        var copy = new StageAliases(_extra);
        foreach (var pair in extra)
        {
            copy._extra[AliasKey.Of(pair.Key)] = pair.Value;
        }

        return copy;
    }

    /// <summary>
    /// The canonical stage for a source label, or null when nothing reads it (or the label is empty): the mapping's
    /// aliases first, then the label's shape (<see cref="StagePatterns"/>), then the built-in aliases.
    /// </summary>
    public Stage? Map(string raw) => Map(raw.AsSpan());

    /// <inheritdoc cref="Map(string)"/>
    public Stage? Map(ReadOnlySpan<char> raw)
    {
        if (raw.IsWhiteSpace())
        {
            return null;
        }

        var key = AliasKey.Of(raw);
        if (_extra.Count > 0 && _extra.TryGetValue(key, out var given))
        {
            return given;
        }

        return StagePatterns.Read(raw) ?? (_aliases.TryGetValue(key, out var stage) ? stage : null);
    }
}
