namespace CapitalHealthReport.Rules;

/// <summary>Where a rule's condition is written in its pack: the <c>when:</c> or <c>escalate:</c> entry, or the threshold it is built from.</summary>
internal readonly record struct ConditionPosition(int Line, int Column);
