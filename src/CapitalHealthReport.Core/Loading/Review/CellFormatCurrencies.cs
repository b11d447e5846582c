namespace CapitalHealthReport.Loading;

/// <summary>
/// A workbook deal whose amount cell shows another currency by its number format than the one it was read in: the
/// first such deal's line, the currency shown, the one read, and what named it (the currency column, the mapping's
/// <c>currency:</c>, the amount column's name).
/// </summary>
public sealed record CellFormatOverride(int Line, string Shown, string ReadIn, string NamedBy);

/// <summary>
/// The currencies workbook amount cells show by their number format (<c>"$"#,##0</c>, <c>[$€-407] #,##0</c>): the
/// deals read in that currency for want of a currency column value, a currency in the mapping or in the amount
/// column's name, per currency; and the deals read in another currency than their cell shows, which a user should check.
/// </summary>
public sealed class CellFormatCurrencies
{
    private readonly SortedDictionary<string, int> _read = new(StringComparer.Ordinal);

    /// <summary>Deals read in the currency their amount cell's format shows, per currency (ISO 4217).</summary>
    public IReadOnlyDictionary<string, int> Read => _read;

    /// <summary>Deals read in the currency their amount cell's format shows.</summary>
    public int ReadDeals => _read.Values.Sum();

    /// <summary>Deals read in another currency than their amount cell's format shows.</summary>
    public int Overridden { get; private set; }

    /// <summary>The first of the <see cref="Overridden"/> deals; null when there is none.</summary>
    public CellFormatOverride? FirstOverride { get; private set; }

    /// <summary>Counts a deal whose amount cell shows <paramref name="shown"/> and which was read in <paramref name="readIn"/>.</summary>
    internal void Count(CellFormatCurrency shown, string readIn, bool fromFormat, int line, string namedBy)
    {
        if (fromFormat)
        {
            _read[readIn] = _read.GetValueOrDefault(readIn) + 1;
            return;
        }

        // ¥ alone is the sign of yuan and yen alike: either agrees with it.
        if (readIn == shown.Code || (shown.YenSign && readIn is "CNY" or "JPY"))
        {
            return;
        }

        Overridden++;
        FirstOverride ??= new CellFormatOverride(line, shown.Code, readIn, namedBy);
    }
}
