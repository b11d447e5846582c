using CapitalHealthReport.Metrics;

namespace CapitalHealthReport.Rules.Explaining;

/// <summary>What became of one rule in one scope.</summary>
public enum RuleOutcome
{
    /// <summary>The condition held and the finding counts.</summary>
    Fired,

    /// <summary>The condition held, but a suppression accepts the finding.</summary>
    Suppressed,

    /// <summary>The condition held, and the finding is unchanged from the baseline (it does not decide the exit code).</summary>
    InBaseline,

    /// <summary>The condition did not hold.</summary>
    NotMet,

    /// <summary>The scope has fewer deals than the rule's <c>min_deals</c>, so the rule was not judged.</summary>
    TooFewDeals,

    /// <summary>A severity override of <c>none</c> disables the rule.</summary>
    Disabled,
}

/// <summary>One condition of a rule (<c>when</c> or an escalation) with its values in a scope and whether it holds.</summary>
/// <param name="Name"><c>when</c>, or <c>escalate.error</c> for an escalation.</param>
/// <param name="Severity">The severity the condition gives: the default severity for <c>when</c>.</param>
/// <param name="Text">The condition as written: <c>Metrics.TopQuintileShare &gt; 0.6</c>.</param>
/// <param name="WithValues">The same with every metric and parameter replaced by its value: <c>0.85 &gt; 0.6</c>.</param>
/// <param name="Holds">True when the condition holds in the scope.</param>
public sealed record ConditionTrace(string Name, DiagnosticSeverity Severity, string Text, string WithValues, bool Holds);

/// <summary>A threshold level as readers see it: <c>error</c>, "the top-quintile share is above 80%".</summary>
public sealed record LevelText(DiagnosticSeverity Severity, string Text);

/// <summary>
/// One rule judged in one scope, with everything that decided it: the deal count against <c>min_deals</c>, each condition
/// with its values, the threshold per severity, the severity override, and the finding as <c>analyze</c> reports it
/// (with its suppression and baseline state).
/// </summary>
public sealed record RuleEvaluation(
    RuleDescriptor Rule,
    Scope Scope,
    int DealCount,
    int MinDeals,
    IReadOnlyList<ConditionTrace> Conditions,
    IReadOnlyList<LevelText> Levels,
    DiagnosticSeverity? Override,
    Diagnostic? Finding,
    RuleOutcome Outcome)
{
    /// <summary>True when the run compared its findings with a baseline.</summary>
    public bool ComparedWithBaseline { get; init; }

    /// <summary>The scope as <c>2025Q1</c> or <c>2025Q1/sector=AI</c>.</summary>
    public string Location => ScopeNames.QualifiedName(Scope);

    /// <summary>Why the rule did or did not fire, in one sentence.</summary>
    public string Reason => RuleReasons.Of(this);
}
