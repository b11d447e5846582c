using CapitalHealthReport.Model;

namespace CapitalHealthReport.Rules;

/// <summary>
/// A suppression whose <c>where</c> names a value the data does not hold (<c>region: Bejing</c>, a period the data does not
/// cover), so it can match no finding: the field, the value as read, the nearest value the data holds (null when none is
/// close) and the values it holds, or for a period the span the data covers: in words (<c>the data covers
/// 2023-01-03..2025-06-30</c>) and, in <paramref name="Covered"/>, as dates for messages in other languages (null when the
/// data has no dates).
/// </summary>
public sealed record UnmatchedSuppression(Suppression Suppression, string Field, string Value, string? Nearest, IReadOnlyList<string> Known, Period? Covered = null);
