using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Metrics;

/// <summary>What a share metric divides by; for a keyed share, a key without deals reads 0 when this is not empty.</summary>
public enum MetricBase
{
    /// <summary>Not a share (or a share whose missing keys are undefined).</summary>
    None,

    /// <summary>A share of the scope's deals.</summary>
    Deals,

    /// <summary>A share of the scope's disclosed value.</summary>
    Value,

    /// <summary>A share of the scope's active investors.</summary>
    Investors,
}

/// <summary>What a keyed metric's keys are, so that a key can be named for readers (<c>Seed</c> → "种子轮").</summary>
public enum MetricKey
{
    /// <summary>No keys, or keys that are data of no named kind: a key reads as it is.</summary>
    Data,

    /// <summary>Canonical stage names (<c>Seed</c>, <c>EPlus</c>).</summary>
    Stage,

    /// <summary>Investor type names (<c>Government</c>, <c>CVC</c>).</summary>
    InvestorType,

    /// <summary>Sectors: the taxonomy's (<c>EnterpriseSoftware</c> → "Enterprise software", "企业服务"), or a label of the data no alias maps.</summary>
    Sector,

    /// <summary>Regions: the region directory's (<c>Beijing</c> → "北京"), or a label of the data no alias maps.</summary>
    Region,
}

/// <summary>
/// Declares a property of <see cref="MetricSet"/> as a metric: its unit, names for readers in English and Chinese, its
/// definition and what it means. This declaration is the only place a metric is described: the catalog
/// (<see cref="MetricCatalog"/>), the JSON and CSV writers, the rule expressions' view (generated from it at build time)
/// and <c>docs/metrics.md</c> all read it. The snake_case name is the property's name in snake case.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class MetricAttribute : Attribute
{
    /// <param name="unit">What the numbers measure.</param>
    /// <param name="order">Documentation order; the compiler fills in the declaration's line.</param>
    public MetricAttribute(MetricUnit unit, [CallerLineNumber] int order = 0)
    {
        Unit = unit;
        Order = order;
    }

    public MetricUnit Unit { get; }

    /// <summary>Where the metric sits in the catalog: its line in <c>MetricSet.cs</c>.</summary>
    public int Order { get; }

    /// <summary>The unit as outputs write it (the CSV <c>unit</c> column); default from <see cref="Unit"/>.</summary>
    public string? UnitText { get; set; }

    /// <summary>For shares: what they divide by.</summary>
    public MetricBase Base { get; set; }

    /// <summary>The name for readers in English (<c>Top-quintile share</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name for readers in Chinese (<c>头部20%企业份额</c>).</summary>
    public string NameZh { get; set; } = "";

    /// <summary>For keyed metrics: the name of one key's value with <c>{key}</c> (<c>share of deals in {key}</c>).</summary>
    public string? KeyedName { get; set; }

    /// <summary>The Chinese <see cref="KeyedName"/>; <c>{key}</c> is the key's Chinese name when <see cref="KeyedBy"/> names one.</summary>
    public string? KeyedNameZh { get; set; }

    /// <summary>For keyed metrics: what the keys are (stages and investor types have Chinese names).</summary>
    public MetricKey KeyedBy { get; set; }

    /// <summary>One sentence: how the metric is computed.</summary>
    public string Definition { get; set; } = "";

    /// <summary>The definition in Chinese.</summary>
    public string DefinitionZh { get; set; } = "";

    /// <summary>What the metric tells a reader, and published thresholds for it (Markdown).</summary>
    public string? Meaning { get; set; }

    /// <summary>The metric on the documentation's five-deal example scope (Markdown).</summary>
    public string? Example { get; set; }
}

/// <summary>
/// Marks a class whose expression properties are generated from the <see cref="MetricAttribute"/> declarations: one
/// property per metric, named like the <see cref="MetricSet"/> property (rule expressions' <c>Metrics.Hhi</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MetricViewAttribute : Attribute
{
}
