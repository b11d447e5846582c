namespace CapitalHealthReport.Rules;

/// <summary>
/// A suppression whose <c>where</c> names a value the data does not hold (<c>region: Bejing</c>, a period the data does not
/// cover), so it can match no finding: the field, the value as read, the nearest value the data holds (null when none is
/// close) and the values it holds, or for a period the span the data covers.
/// </summary>
public sealed record UnmatchedSuppression(Suppression Suppression, string Field, string Value, string? Nearest, IReadOnlyList<string> Known);
