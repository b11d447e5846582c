using System.Reflection;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// One metric of the catalog, from its declaration on <see cref="MetricSet"/>: its snake_case JSON/CSV/template name,
/// the PascalCase name rule expressions use, kind, unit, names and definition for readers, and whether it is a share
/// (fraction 0–1; deltas in percentage points).
/// </summary>
public sealed class MetricDescriptor
{
    private readonly Func<MetricSet, object?> _read;

    internal MetricDescriptor(PropertyInfo property, MetricAttribute declaration)
    {
        PropertyName = property.Name;
        JsonName = MetricCatalog.ToSnakeCase(property.Name);
        Kind = KindOf(property.PropertyType)
            ?? throw new InvalidOperationException($"MetricSet.{property.Name} has a type ({property.PropertyType.Name}) that is not a metric type.");
        UnitKind = declaration.Unit;
        Unit = declaration.UnitText ?? DefaultUnitText(declaration.Unit)
            ?? throw new InvalidOperationException($"MetricSet.{property.Name} needs UnitText: a {declaration.Unit} metric has no default unit text.");
        IsShare = declaration.Unit == MetricUnit.Share;
        Base = declaration.Base;
        DisplayName = declaration.Name;
        DisplayNameZh = declaration.NameZh;
        KeyedName = declaration.KeyedName;
        KeyedNameZh = declaration.KeyedNameZh;
        KeyedBy = declaration.KeyedBy;
        Definition = declaration.Definition;
        DefinitionZh = declaration.DefinitionZh;
        Meaning = declaration.Meaning;
        Example = declaration.Example;
        _read = Getter(property);
    }

    public string JsonName { get; }

    public string PropertyName { get; }

    public MetricKind Kind { get; }

    /// <summary>Unit as outputs state it (<c>deals</c>, <c>share (0–1)</c>, <c>reporting currency</c>, …): the CSV <c>unit</c> column.</summary>
    public string Unit { get; }

    /// <summary>What the numbers measure (count, amount, share, index, ratio, name).</summary>
    public MetricUnit UnitKind { get; }

    /// <summary>True for fractions 0–1, whose deltas are written in percentage points.</summary>
    public bool IsShare { get; }

    /// <summary>For shares: what they divide by (a keyed share's missing key reads 0 when that is not empty).</summary>
    public MetricBase Base { get; }

    public bool IsKeyed => Kind == MetricKind.Keyed;

    /// <summary>The metric's name for readers, in English: <c>Top-quintile share</c>, <c>HHI</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The metric's name for readers, in Chinese: <c>头部20%企业份额</c>.</summary>
    public string DisplayNameZh { get; }

    /// <summary>For a keyed metric, its name for one key with <c>{key}</c> (<c>share of deals in {key}</c>); null for other metrics.</summary>
    public string? KeyedName { get; }

    /// <summary>The Chinese <see cref="KeyedName"/> (<c>{key}事件占比</c>).</summary>
    public string? KeyedNameZh { get; }

    /// <summary>What the keys of a keyed metric are.</summary>
    public MetricKey KeyedBy { get; }

    /// <summary>
    /// The name of one key's value for readers, a stage named as readers know it: <c>share of deals in Series A rounds</c>,
    /// <c>A轮事件占比</c>; an investor type in Chinese by its Chinese name, <c>政府引导基金占活跃投资方比例</c>, and the investors of no
    /// known type as such (<c>share of unknown-type investors among active investors</c>). Null when the
    /// metric is not keyed.
    /// </summary>
    public string? KeyedNameFor(string key, bool chinese) => KeyedNameFor(key, chinese, ReferenceData.Default.Names);

    /// <summary>
    /// The name of one key's value for readers, with sectors and regions named by <paramref name="names"/>
    /// (<c>share of deals in Enterprise software</c>, <c>企业服务事件占比</c>); a key the tables do not hold reads as it is.
    /// Null when the metric is not keyed.
    /// </summary>
    public string? KeyedNameFor(string key, bool chinese, ReaderNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if ((chinese ? KeyedNameZh : KeyedName) is not { } pattern)
        {
            return null;
        }

        // The investors the directory does not list are of no type: "unknown-type investors", 类型未知的投资方 (not 未知).
        // English patterns put any other investor type before a noun ("share of Government investors"), as its key reads.
        var name = KeyedBy == MetricKey.InvestorType && key == InvestorTypes.Names[InvestorTypes.UnknownIndex]
            ? chinese ? "类型未知的投资方" : "unknown-type"
            : KeyedBy == MetricKey.InvestorType && !chinese ? key : KeyName(key, chinese, names) ?? key;
        return pattern.Replace("{key}", name, StringComparison.Ordinal);
    }

    /// <summary>
    /// One key of this metric as readers know it: a stage, investor type, sector or region by its name in the language
    /// (<c>EPlus</c> → "E+", <c>EnterpriseSoftware</c> → "企业服务"); null when the key is not one the tables or the
    /// canonical lists hold (a label of the data no alias maps), or the metric's keys are of no named kind.
    /// </summary>
    public string? KeyName(string key, bool chinese, ReaderNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return KeyedBy switch
        {
            MetricKey.Stage => ReaderNames.Stage(key, chinese),
            MetricKey.InvestorType when InvestorTypes.TryParse(key) is not null => chinese ? InvestorTypes.ChineseName(key) : InvestorTypes.EnglishName(key),
            MetricKey.Sector => names.Sector(key, chinese),
            MetricKey.Region => names.Region(key, chinese),
            _ => null,
        };
    }

    /// <summary>One sentence: how the metric is computed.</summary>
    public string Definition { get; }

    /// <summary>The definition in Chinese.</summary>
    public string DefinitionZh { get; }

    /// <summary>What the metric tells a reader, and published thresholds for it (Markdown); may be null.</summary>
    public string? Meaning { get; }

    /// <summary>The metric on the documentation's five-deal example scope (Markdown); may be null.</summary>
    public string? Example { get; }

    /// <summary>The metric's value in a set: <see cref="int"/>, <see cref="double"/>, <see cref="string"/>, a keyed dictionary, or null.</summary>
    public object? GetValue(MetricSet metrics) => _read(metrics);

    /// <summary>The value of a count or number metric; null for undefined values and for text or keyed metrics.</summary>
    public double? GetNumber(MetricSet metrics) => _read(metrics) switch
    {
        int i => i,
        double d => d,
        _ => null,
    };

    /// <summary>The values of a keyed metric (empty when undefined); empty for other kinds.</summary>
    public IReadOnlyDictionary<string, double> GetKeyed(MetricSet metrics) =>
        _read(metrics) as IReadOnlyDictionary<string, double> ?? MetricSet.Zero.StageCountShare;

    /// <summary>current − comparison (×100, percentage points, for shares); null when either is undefined or the metric is text or keyed.</summary>
    public double? Delta(MetricSet current, MetricSet comparison) =>
        Kind is MetricKind.Count or MetricKind.Number && GetNumber(current) is { } a && GetNumber(comparison) is { } b ? Scale(a - b) : null;

    /// <summary>Per-key deltas of a keyed metric over the union of keys; null for a key missing on either side.</summary>
    public IReadOnlyDictionary<string, double?> KeyedDelta(MetricSet current, MetricSet comparison)
    {
        var a = GetKeyed(current);
        var b = GetKeyed(comparison);
        var result = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var key in a.Keys.Concat(b.Keys))
        {
            result[key] = a.TryGetValue(key, out var x) && b.TryGetValue(key, out var y) ? Scale(x - y) : null;
        }

        return result;
    }

    public override string ToString() => JsonName;

    private double Scale(double difference) => IsShare ? difference * 100d : difference;

    private static MetricKind? KindOf(Type type) =>
        type == typeof(int) ? MetricKind.Count
        : type == typeof(double) || type == typeof(double?) ? MetricKind.Number
        : type == typeof(string) ? MetricKind.Text
        : type == typeof(IReadOnlyDictionary<string, double>) ? MetricKind.Keyed
        : null;

    private static string? DefaultUnitText(MetricUnit unit) => unit switch
    {
        MetricUnit.Share => "share (0–1)",
        MetricUnit.Amount => "reporting currency",
        MetricUnit.Ratio => "ratio",
        _ => null,
    };

    /// <summary>
    /// The property's getter as a typed delegate, boxing its value (no reflection per read, and nothing compiled at run
    /// time: a run that writes metrics would otherwise compile one expression per metric before its first line).
    /// </summary>
    private static Func<MetricSet, object?> Getter(PropertyInfo property)
    {
        var getter = property.GetMethod ?? throw new InvalidOperationException($"MetricSet.{property.Name} has no getter.");
        return property.PropertyType switch
        {
            var t when t == typeof(int) => Boxed(getter.CreateDelegate<Func<MetricSet, int>>()),
            var t when t == typeof(double) => Boxed(getter.CreateDelegate<Func<MetricSet, double>>()),
            var t when t == typeof(double?) => Boxed(getter.CreateDelegate<Func<MetricSet, double?>>()),
            _ => getter.CreateDelegate<Func<MetricSet, object?>>(),
        };
    }

    private static Func<MetricSet, object?> Boxed<T>(Func<MetricSet, T> read) => set => read(set);
}
