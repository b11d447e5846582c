namespace CapitalHealthReport.Loading;

/// <summary>
/// What a first reading of a file decided that only every row could tell, for <see cref="DealLoader"/> to read it again
/// by: the order of day and month its dates show (<c>23/02/2024</c>), and the one currency without an exchange rate every
/// amount is in.
/// </summary>
/// <param name="DateOrder">The date column's evidence of the order of day and month, when it decides one.</param>
/// <param name="CodeWithoutRate">
/// A currency the exchange-rate table has no rate for that the deals are read in rather than rejected: the one every
/// amount of the export is in.
/// </param>
internal sealed record SecondReading(DateOrderEvidence? DateOrder, string? CodeWithoutRate);
