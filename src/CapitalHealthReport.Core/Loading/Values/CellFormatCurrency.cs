using System.Globalization;
using System.Text;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The currency a workbook cell's number format shows beside its number: <c>"$"#,##0</c> dollars, <c>[$€-407] #,##0</c>
/// euros, <c>[$¥-804]#,##0</c> yuan and <c>[$¥-411]#,##0</c> yen (the locale after the sign says which), <c>[$₹-4009]</c>
/// rupees, <c>#,##0 "元"</c> yuan. A sign the locale tag alone decides (<c>[$kr.-406]</c>: Danish kroner) is read as
/// that locale's country's currency. The signs are read as amounts read them (<see cref="AmountParser"/>), so that
/// <c>¥</c> with no locale is the sign yuan and yen share. Only the first section (positive numbers) is read. The format is
/// read as <see cref="NumberFormatTokens"/> splits it, so that the character after <c>_</c> or <c>*</c> (a width, a filler:
/// <c>_$#,##0</c>) and a tag with no sign (<c>[$-804]</c>, <c>[Red]</c>) show no currency.
/// </summary>
internal sealed record CellFormatCurrency(string Code, string Sign, bool YenSign)
{
    /// <summary>What a format that shows no currency gives (the cache keeps it like any other).</summary>
    public static CellFormatCurrency None { get; } = new("", "", false);

    /// <summary>Currencies written with <c>$</c>, read by their locale: US, Australian, Canadian, Singapore, Hong Kong and New Taiwan dollars.</summary>
    private static readonly string[] DollarCurrencies = ["USD", "AUD", "CAD", "SGD", "HKD", "TWD", "NZD"];

    /// <summary>The currency <paramref name="format"/> shows; <see cref="None"/> when it shows none.</summary>
    public static CellFormatCurrency Of(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var literals = new StringBuilder();
        string? sign = null;
        int? locale = null;
        foreach (var token in NumberFormatTokens.FirstSection(format))
        {
            switch (token.Kind)
            {
                case NumberFormatTokenKind.Quoted:
                    literals.Append(token.Text).Append(' ');
                    break;
                case NumberFormatTokenKind.Escaped:
                case NumberFormatTokenKind.Literal when token.Text is "$" or "€" or "£" or "¥" or "￥" or "₹" or "₩":
                    literals.Append(token.Text);
                    break;
                case NumberFormatTokenKind.CurrencyTag when sign is null:
                    (sign, locale) = (token.Text, token.Locale);
                    break;
                default:
                    // Padding and fill (the $ of _$ or *$), locale, colour and condition tags show no currency.
                    break;
            }
        }

        return sign is not null ? OfSign(sign, locale) : OfSign(literals.ToString().Trim(), null);
    }

    private static CellFormatCurrency OfSign(string sign, int? locale)
    {
        if (sign.Length == 0)
        {
            return None;
        }

        var country = locale is { } lcid ? CountryOf(lcid) : null;
        var read = AmountParser.Parse("1 " + sign);
        var code = read.Currency;
        if (code == "USD" && sign == "$" && country is not null && CountryNames.Currency(country) is { } local && DollarCurrencies.Contains(local))
        {
            return new CellFormatCurrency(local, sign, false);
        }

        if (read.YenSign && country is "JP" or "CN")
        {
            return new CellFormatCurrency(country == "JP" ? "JPY" : "CNY", sign, false);
        }

        if (code is null && country is not null && CountryNames.Currency(country) is { } ofLocale)
        {
            return new CellFormatCurrency(ofLocale, sign, false);
        }

        return code is null ? None : new CellFormatCurrency(code, sign, read.YenSign);
    }

    /// <summary>The ISO 3166 country of a Windows locale id (<c>0x407</c>: de-DE, DE); null for a language alone or an unknown id.</summary>
    private static string? CountryOf(int lcid)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(lcid).Name;
            var dash = name.LastIndexOf('-');
            return dash > 0 && name.Length - dash == 3 ? name[(dash + 1)..].ToUpperInvariant() : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
