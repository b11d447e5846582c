namespace CapitalHealthReport.Loading;

/// <summary>How the loader reads one amount cell, for tools that look at an export before loading it (<c>init</c>).</summary>
public static class AmountText
{
    /// <summary>True when the loader reads <paramref name="text"/> as an amount (<c>3500000</c>, <c>3.5亿</c>, <c>1,5 Mio. €</c>, <c>$2.3bn</c>).</summary>
    public static bool IsAmount(string text) => AmountParser.Parse(text).Status == AmountStatus.Ok;

    /// <summary>True when the loader reads <paramref name="text"/> as an undisclosed amount (empty, <c>未披露</c>, <c>undisclosed</c>, <c>k.A.</c>).</summary>
    public static bool IsUndisclosed(string text) => AmountParser.Parse(text).Status == AmountStatus.Undisclosed;

    /// <summary>
    /// The currency (ISO 4217) the loader reads from <paramref name="text"/> (<c>US$ 2.5M</c>, <c>₹ 5 Cr</c>,
    /// <c>Rs 50 lakh</c>, <c>3000万美元</c>); null when it names none.
    /// </summary>
    public static string? CurrencyNamed(string text) => AmountParser.Parse(text).Currency;

    /// <summary>
    /// True when <paramref name="text"/> names its currency with the sign <c>¥</c> alone (<c>¥3,000,000</c>), which yuan
    /// and yen share: <see cref="CurrencyNamed"/> says CNY, and the loader reads it as JPY when the data's country is Japan.
    /// </summary>
    public static bool IsYenSignAlone(string text) => AmountParser.Parse(text).YenSign;

    /// <summary>
    /// True when <paramref name="text"/> names its currency with the sign <c>kr</c> alone (<c>8,5 Mkr</c>, <c>500 tkr</c>),
    /// which the kronor and kroner of four countries share: the loader reads it in the currency of the row's country or region.
    /// </summary>
    public static bool IsKronaSignAlone(string text) => AmountParser.Parse(text).KronaSign;
}
