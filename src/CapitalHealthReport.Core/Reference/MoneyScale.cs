namespace CapitalHealthReport.Reference;

/// <summary>How many decimals the amounts of a unit keep: see <see cref="MoneyScale.Decimals"/>.</summary>
internal enum MoneyScaleKind
{
    /// <summary>Trillions, billions, 万亿, 亿: one decimal.</summary>
    Large,

    /// <summary>Millions, lakh crore, crore, lakh: one decimal under ten, none from ten on.</summary>
    Medium,

    /// <summary>万 and the currency itself: whole amounts.</summary>
    Whole,
}

/// <summary>One unit amounts are written in (<c>bn</c>, <c>crore</c>, <c>亿</c> …): its size and how its figures read.</summary>
internal sealed record MoneyScale(double Divisor, string Word, MoneyScaleKind Kind)
{
    private static readonly MoneyScale[] English =
    [
        new(1e12, "tn", MoneyScaleKind.Large), new(1e9, "bn", MoneyScaleKind.Large), new(1e6, "M", MoneyScaleKind.Medium), new(1, string.Empty, MoneyScaleKind.Whole),
    ];

    private static readonly MoneyScale[] IndianEnglish =
    [
        new(1e12, "lakh crore", MoneyScaleKind.Medium) { TakesRoundedUp = true, YieldsToSmallFigures = true }, new(1e7, "crore", MoneyScaleKind.Medium), new(1e5, "lakh", MoneyScaleKind.Medium) { ColumnLimit = 1_000 }, new(1, string.Empty, MoneyScaleKind.Whole),
    ];

    private static readonly MoneyScale[] Chinese =
    [
        new(1e12, "万亿", MoneyScaleKind.Large), new(1e8, "亿", MoneyScaleKind.Large), new(1e4, "万", MoneyScaleKind.Whole) { ColumnLimit = 1_000_000 }, new(1, string.Empty, MoneyScaleKind.Whole),
    ];

    /// <summary>
    /// The figure a table column written in this unit stays under: a column steps down to it only while its largest amount
    /// reads under this (99,999 M; 999,999万, as Chinese tables in 万元 run; 999 lakh, beyond which Indian text says crore).
    /// </summary>
    public double ColumnLimit { get; init; } = 100_000;

    /// <summary>
    /// Whether an amount the unit below would round up to this unit's size reads in this unit: a lakh crore does, so that
    /// 99,999.5 crore reads <c>1.0 lakh crore</c>, never <c>100,000 crore</c>. The other units keep the unit the amount
    /// itself reaches (999.96 M reads <c>1,000 M</c>, as publishers write millions).
    /// </summary>
    public bool TakesRoundedUp { get; init; }

    /// <summary>
    /// Whether a table column steps down from this unit to the one below, however wide its figures grow there, rather
    /// than write an amount as <c>0.00</c>: a lakh crore does (<c>220,000 crore INR</c> beside <c>0.5 crore INR</c>, not
    /// <c>2.20 lakh crore INR</c> beside <c>0.00 lakh crore INR</c>), as Indian tables print crore figures of six digits
    /// and more. The other units keep their column limits.
    /// </summary>
    public bool YieldsToSmallFigures { get; init; }

    /// <summary>The largest unit <paramref name="magnitude"/> reaches, or the currency itself.</summary>
    public static MoneyScale For(double magnitude, string currency, bool chinese)
    {
        var units = Units(currency, chinese);
        for (var i = 0; i < units.Length; i++)
        {
            if (magnitude >= units[i].Divisor)
            {
                return i > 0 && units[i - 1].TakesRoundedUp && units[i].Rounded(magnitude) >= units[i - 1].Divisor ? units[i - 1] : units[i];
            }
        }

        return units[^1];
    }

    /// <summary>The unit one step below this one, or null for the currency itself.</summary>
    public MoneyScale? Smaller(string currency, bool chinese)
    {
        var units = Units(currency, chinese);
        var index = Array.IndexOf(units, this);
        return index >= 0 && index < units.Length - 1 ? units[index + 1] : null;
    }

    /// <summary>
    /// The decimals a figure of this unit keeps in running text; millions, lakh crore, crore and lakh count a figure
    /// that rounds to ten at one decimal as ten (9.96 reads <c>10</c>, not <c>10.0</c>).
    /// </summary>
    public int Decimals(double scaled) => Kind switch
    {
        MoneyScaleKind.Large => 1,
        MoneyScaleKind.Medium => Math.Round(scaled, 1, MidpointRounding.AwayFromZero) < 10 ? 1 : 0,
        _ => 0,
    };

    /// <summary>
    /// <paramref name="magnitude"/> as running text rounds it in this unit, in the currency itself: 99,999.5 crore is
    /// 100,000 crore (10¹²).
    /// </summary>
    public double Rounded(double magnitude)
    {
        var scaled = magnitude / Divisor;
        return Math.Round(scaled, Decimals(scaled), MidpointRounding.AwayFromZero) * Divisor;
    }

    /// <summary>The figure with its unit and currency: <c>5.9 tn COP</c>, <c>1.5 lakh crore INR</c>, <c>1,250 crore INR</c>, <c>12.3亿元</c>.</summary>
    public string Write(string figure, string currency, bool chinese)
    {
        if (chinese)
        {
            return figure + Word + MoneyText.CurrencyWord(currency);
        }

        return Word.Length == 0 ? figure + " " + currency : figure + " " + Word + " " + currency;
    }

    private static MoneyScale[] Units(string currency, bool chinese) =>
        chinese ? Chinese : MoneyText.IsIndianRupee(currency) ? IndianEnglish : English;
}
