using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Metrics;

/// <summary>The dimensions a scope can be sliced by, with their canonical names.</summary>
public static class SliceDimensions
{
    public const string Sector = "sector";
    public const string Region = "region";
    public const string Stage = "stage";
    public const string InvestorType = "investor_type";

    /// <summary>Every slice dimension, in the order the command line documents them.</summary>
    public static IReadOnlyList<string> All { get; } = [Sector, Region, Stage, InvestorType];

    /// <summary>The canonical dimension name for <paramref name="name"/> (case-insensitive), or an <see cref="InputException"/> naming the accepted ones.</summary>
    public static string Normalize(string name)
    {
        foreach (var dimension in All)
        {
            if (string.Equals(dimension, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return dimension;
            }
        }

        throw new InputException($"'{name}' is not a slice dimension. Use one of: {string.Join(", ", All)}.");
    }
}

/// <summary>One slice of a scope: a dimension (<c>sector</c>, <c>region</c>, <c>stage</c>, <c>investor_type</c>) and one of its values.</summary>
public sealed record Slice
{
    /// <summary>The value under which deals without the dimension's field are counted.</summary>
    public const string UnknownValue = "Unknown";

    public Slice(string dimension, string value)
    {
        Dimension = SliceDimensions.Normalize(dimension);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InputException($"The {Dimension} slice needs a value, for example {Dimension}=AI.");
        }

        Value = value.Trim();
    }

    public string Dimension { get; }

    public string Value { get; }

    /// <summary>True for the slice of deals without the field (<see cref="UnknownValue"/>): no group a finding could name.</summary>
    public bool IsUnknown => Value == UnknownValue;

    public override string ToString() => $"{Dimension}={Value}";
}

/// <summary>What a set of metrics is computed over: a period and, optionally, one slice of it.</summary>
public sealed record Scope(Period Period, Slice? Slice = null)
{
    /// <summary>The period label, followed by the slice when there is one (<c>2025Q1</c>, <c>2025Q1 sector=AI</c>).</summary>
    public string Label => Slice is null ? Period.Label : $"{Period.Label} {Slice}";

    public override string ToString() => Label;
}

/// <summary>
/// A <c>--where field=value</c> filter, applied to the deals before any scoping. Fields: <c>sector</c>,
/// <c>subsector</c>, <c>region</c>, <c>country</c>, <c>stage</c>, <c>investor_type</c>, <c>company</c>.
/// Filters on different fields must all hold; repeated filters on one field accept any of their values.
/// Values compare case-insensitively; <c>Unknown</c> matches deals without that field; a stage may be written as exports
/// write it (<c>Series A</c>, <c>A轮</c>) and is kept as its canonical name. A stage no built-in name knows is kept as
/// written, for a mapping file's <c>stages:</c> to name (the analysis reads it through them); applied as it is, it is refused.
/// </summary>
public sealed record Filter
{
    /// <summary>Fields a filter can test.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["sector", "subsector", "region", "country", "stage", "investor_type", "company"];

    public Filter(string field, string value)
    {
        if (field?.TrimEnd() is { Length: > 1 } named && named[^1] is '!' or '<' or '>')
        {
            // sector!=AI, amount>=1000000: a filter keeps the deals whose field is one value; it neither excludes nor compares.
            throw new InputException(
                SettingText.Of($"{Settings.Where.With($"'{field}={value}'")}: a filter keeps the deals whose field is the value given; it cannot exclude a value or compare with one."),
                null,
                hint: SettingText.Of($"Name the values to keep, one {Settings.Where} each: {Settings.Where.With("sector=Energy")} {Settings.Where.With("sector=Health")} keeps the deals of either sector."));
        }

        var normalized = Fields.FirstOrDefault(f => string.Equals(f, field?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException(SettingText.Of($"{Settings.Where.With($"'{field}={value}'")}: '{field}' is not a filter field.{Spelling.Suggestion(field?.Trim() ?? "", Fields)} Use one of: {string.Join(", ", Fields)}."), null);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InputException(SettingText.Of($"{Settings.Where.With($"'{field}='")}: the value is empty. Write field=value, for example {Settings.Where.With("sector=AI")}."), null);
        }

        Field = normalized;
        Value = value.Trim();
        // A stage as exports write it (Series A, A轮, Pre-A) is the canonical stage the loader reads it as.
        if (Field == "stage" && (Stages.TryParseCanonical(Value) ?? StageAliases.BuiltIn.Map(Value)) is { } stage)
        {
            Value = Stages.Name(stage);
        }

        if (Field == "investor_type" && InvestorTypes.TryParse(Value) is null)
        {
            throw new InputException(SettingText.Of($"{Settings.Where.With($"investor_type={Value}")}: not an investor type.{Spelling.Suggestion(Value, InvestorTypes.Names)} Use one of: {string.Join(", ", InvestorTypes.Names)}."), null);
        }
    }

    public string Field { get; }

    public string Value { get; }

    /// <summary>Parses <c>field=value</c>.</summary>
    public static Filter Parse(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw new InputException(SettingText.Of($"{Settings.Where.With($"'{text}'")} must be field=value, for example {Settings.Where.With("sector=AI")}."), null);
        }

        return new Filter(text[..eq], text[(eq + 1)..]);
    }

    public override string ToString() => $"{Field}={Value}";

    /// <summary>The canonical stage a stage filter's value names; a value that is none is refused, naming the stages.</summary>
    internal static Stage ParseStage(string value) => Stages.TryParseCanonical(value)
        ?? throw new InputException(SettingText.Of($"{Settings.Where.With($"stage={value}")}: not a stage.{Spelling.Suggestion(value, Stages.All.Select(Stages.Name))} Use a canonical stage ({string.Join(", ", Stages.All.Select(Stages.Name))}), a common name such as 'Series A' or 'A轮', or a name the mapping file's 'stages:' gives."), null);
}

/// <summary>Investor type names as metrics use them: the directory's types, plus <c>Unknown</c> for investors the directory does not list.</summary>
public static class InvestorTypes
{
    /// <summary>Index used for investors not in the directory.</summary>
    internal const int UnknownIndex = 6;

    /// <summary>The names, indexed by <see cref="InvestorType"/> value; <c>Unknown</c> last.</summary>
    public static IReadOnlyList<string> Names { get; } = ["VC", "PE", "CVC", "Government", "Angel", "Other", "Unknown"];

    /// <summary>A type's name for English readers (<c>CVC</c> → "Corporate VC"); a name that is not a type is returned as it is.</summary>
    public static string EnglishName(string type) => type switch
    {
        "CVC" => "Corporate VC",
        "Government" => "Government fund",
        _ => type,
    };

    /// <summary>A type's name for Chinese readers (<c>Government</c> → "政府引导基金"); a name that is not a type is returned as it is.</summary>
    public static string ChineseName(string type) => type switch
    {
        "VC" => "风险投资机构",
        "PE" => "私募股权机构",
        "CVC" => "产业资本（CVC）",
        "Government" => "政府引导基金",
        "Angel" => "天使投资人",
        "Other" => "其他",
        "Unknown" => "未知",
        _ => type,
    };

    /// <summary>
    /// True when <paramref name="shares"/> (an <c>investor_type_share</c>) has an investor of a known type. When every active
    /// investor is of unknown type, the share of each known type is unmeasured rather than 0.
    /// </summary>
    public static bool AnyKnown(IReadOnlyDictionary<string, double>? shares) =>
        shares is not null && shares.Any(static p => p.Key != Names[UnknownIndex] && p.Value > 0);

    /// <summary>The index of a type name (case-insensitive), or null.</summary>
    public static int? TryParse(string? name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
