namespace CapitalHealthReport.Loading;

/// <summary>Currency signs made of letters alone, read only where they open the amount.</summary>
internal sealed partial class AmountParser
{
    /// <summary>
    /// The currency a sign of letters opening <paramref name="compact"/> (lower case, spaces removed) names, and the
    /// sign's length: <c>Rs.</c> and <c>Rs</c> the rupee, <c>RM</c> the Malaysian ringgit (<c>RM 5 juta</c>, <c>RM5m</c>)
    /// <c>Rp</c> the Indonesian rupiah (<c>Rp 5 juta</c>), and <c>R</c> the South African rand (<c>R 10m</c>, <c>R5m</c>). Each is read only right before a digit (or, for
    /// <c>Rs.</c>, its dot), so that <c>R$</c> stays the real and no word that starts with these letters is a currency.
    /// </summary>
    private static (string Currency, int Length)? LetterSign(string compact)
    {
        if (compact.StartsWith("rs.", StringComparison.Ordinal))
        {
            return ("INR", 3);
        }

        if (compact.Length > 2 && compact[0] == 'r' && compact[1] is 's' or 'm' or 'p' && char.IsAsciiDigit(compact[2]))
        {
            return compact[1] switch { 's' => ("INR", 2), 'm' => ("MYR", 2), _ => ("IDR", 2) };
        }

        return compact.Length > 1 && compact[0] == 'r' && char.IsAsciiDigit(compact[1]) ? ("ZAR", 1) : null;
    }
}
