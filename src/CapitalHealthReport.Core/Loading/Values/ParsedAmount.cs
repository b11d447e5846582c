namespace CapitalHealthReport.Loading;

/// <summary>Outcome of parsing an amount.</summary>
internal enum AmountStatus
{
    Ok,
    Undisclosed,
    NotANumber,
    Negative,
    OutOfRange,
}

/// <summary>
/// A parsed amount: value in <see cref="Currency"/> (null when the text named none), whether it is an estimate, and what
/// its digits say about the column's decimal separator (<see cref="NumberFormatDetector"/>).
/// </summary>
internal readonly record struct ParsedAmount(AmountStatus Status, decimal Value, string? Currency, bool Estimated)
{
    public NumberEvidence Evidence { get; init; }

    /// <summary>The currency is read from the sign <c>¥</c> alone, which yuan and yen share: CNY unless the data's country is Japan.</summary>
    public bool YenSign { get; init; }

    /// <summary>
    /// The amount counts in crore or lakh (<c>1.5 crore</c>, <c>15 lakh</c>) and names no currency: Indian units, so
    /// Indian rupees unless the row or the mapping says otherwise.
    /// </summary>
    public bool IndianUnit { get; init; }

    /// <summary>
    /// The currency is read from the Nordic <c>kr</c> alone (<c>25 Mkr</c>, <c>1,2 mdkr</c>, <c>500 tkr</c>), which names the
    /// krona or krone of Sweden, Norway, Denmark or Iceland: the row, the column or the mapping decides which.
    /// </summary>
    public bool KronaSign { get; init; }

    /// <summary>How a <c>mil</c> in the text was read as a thousand (by the column's language or the value's own words); None when it holds none.</summary>
    public MilReading Mil { get; init; }

    /// <summary>For an amount that is not read, why and how to write it, when the text says more than "not a number".</summary>
    public string? Refusal { get; init; }
}
