using System.Globalization;
using CapitalHealthReport.Rules.Expressions;
using RulesEngine.Models;

namespace CapitalHealthReport.Rules;

/// <summary>A validated rule: its descriptor, parsed message, the metrics its conditions read, and its RulesEngine rules.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleDescriptor descriptor, MessageTemplate message, IReadOnlyList<MetricReference> references, int line, int column)
    {
        Descriptor = descriptor;
        Message = message;
        References = references;
        Line = line;
        Column = column;
    }

    public RuleDescriptor Descriptor { get; }

    public MessageTemplate Message { get; }

    /// <summary>The message in other languages (<c>message_zh-CN</c>), keyed by language.</summary>
    public IReadOnlyDictionary<string, MessageTemplate> Translations { get; init; } = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal);

    public IReadOnlyList<MetricReference> References { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Where each condition is written, by name (<c>when</c>, <c>escalate.error</c>); the rule's own position for one not listed.</summary>
    public IReadOnlyDictionary<string, ConditionPosition> Conditions { get; init; } = new Dictionary<string, ConditionPosition>(StringComparer.Ordinal);

    /// <summary>Where the condition <paramref name="name"/> (<c>when</c>, <c>escalate.error</c>) is written, else where the rule starts.</summary>
    public ConditionPosition PositionOf(string name) => Conditions.TryGetValue(name, out var position) ? position : new ConditionPosition(Line, Column);

    public string WorkflowName { get; set; } = "";

    /// <summary>The RulesEngine rules: the condition, then one per escalation (<c>CH1001!error</c>).</summary>
    public IEnumerable<Rule> ToEngineRules()
    {
        var d = Descriptor;
        yield return new Rule
        {
            RuleName = d.Id,
            Expression = d.When,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            SuccessEvent = d.Id,
            Properties = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["title"] = d.Title,
                ["category"] = d.Category,
                ["severity"] = Severities.Name(d.DefaultSeverity),
                ["scope"] = d.ScopeKind,
                ["min_deals"] = d.MinDeals?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["message"] = d.MessageTemplate,
                ["help"] = d.HelpUri,
                ["tags"] = string.Join(",", d.Tags),
            },
        };
        foreach (var (level, expression) in d.Escalate)
        {
            yield return new Rule
            {
                RuleName = d.Id + RuleCatalog.EscalationSeparator + level,
                Expression = expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["rule"] = d.Id, ["severity"] = level },
            };
        }
    }
}
