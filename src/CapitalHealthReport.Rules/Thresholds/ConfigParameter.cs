using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules;

/// <summary>How a configuration parameter is written and used.</summary>
public enum ConfigParameterKind
{
    /// <summary>A number a threshold may name as its level (<c>params.min_deals</c>).</summary>
    Number,

    /// <summary>A name a threshold may use as the key of a keyed metric (<c>params.hot_sector</c>).</summary>
    Key,

    /// <summary>A text or a list rules and messages read but thresholds do not name (<c>reporting_currency</c>, <c>strategic_sectors</c>).</summary>
    Other,
}

/// <summary>
/// One parameter of the configuration's <c>parameters:</c>, declared once (<see cref="RuleParameters.All"/>): its name,
/// how rule expressions see it (<c>Params.MinDeals</c>), how readers of a report see it, and for a number how it is
/// read from the configuration and where it is kept in <see cref="MetricParameters"/>.
/// </summary>
/// <param name="Name">The name in <c>capitalhealth.yaml</c> (<c>min_deals</c>).</param>
/// <param name="Kind">Whether thresholds may name it, and how.</param>
/// <param name="Expression">What rule expressions write for it (<c>Params.MinDeals</c>): a property of <see cref="Expressions.ParamsView"/>.</param>
/// <param name="English">Its name for readers: "the minimum deal count".</param>
/// <param name="Chinese">Its name for readers in Chinese: 最少事件数.</param>
public sealed record ConfigParameter(string Name, ConfigParameterKind Kind, string Expression, string English, string Chinese)
{
    /// <summary>The value of a number parameter; null for other kinds.</summary>
    public Func<MetricParameters, double>? Number { get; init; }

    /// <summary>The parameters with a number parameter set to the value its text in the configuration gives; null when the text gives none.</summary>
    internal Func<MetricParameters, string, MetricParameters?>? Read { get; init; }

    /// <summary>What a number parameter's text must be, for the message that refuses another: "a whole number of deals (0 or more)".</summary>
    internal string? Expected { get; init; }
}
