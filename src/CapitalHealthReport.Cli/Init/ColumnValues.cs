using System.Globalization;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Cli.Init;

/// <summary>
/// What the values of an export's column say, for <see cref="MappingGuess"/>: the date format they follow, how its
/// amounts are written and in which currency, and which stage a label names.
/// </summary>
internal static class ColumnValues
{
    /// <summary>The date formats tried on a column, in order (ties go to the earlier).</summary>
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "MM-dd-yyyy",
        "yyyy-M-d", "yyyy/M/d", "d/M/yyyy", "M/d/yyyy", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/M/d H:mm",
        "yyyy-MM", "yyyy/MM", "yyyy.MM", "yyyy年M月", "MMM yyyy", "MMMM yyyy",
        "dd-MMM-yyyy", "d-MMM-yyyy", "dd-MMM-yy", "d-MMM-yy", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "M/d/yy", "d/M/yy",
    ];

    /// <summary>
    /// The date format most <paramref name="values"/> follow and the share of them that are dates in it (or, with
    /// <paramref name="builtIn"/>, dates the loader reads without a format: Unix time, an offset, Excel serials).
    /// </summary>
    public static (string? Format, double Share) BestDateFormat(List<string> values, bool builtIn = true)
    {
        if (values.Count == 0)
        {
            return (null, 0);
        }

        var best = (Format: (string?)null, Count: 0);
        foreach (var format in DateFormats)
        {
            var count = values.Count(v => DateTime.TryParseExact(v, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) && d.Year is >= 1900 and <= 2200);
            if (count > best.Count)
            {
                best = (format, count);
            }
        }

        // Dates the loader reads by itself (Unix time, an offset or a 'Z', Excel serials) need no format: a column of them is a date column.
        var read = !builtIn ? 0 : values.Count(v => DateText.IsDate(v) || (best.Format is { } f && DateTime.TryParseExact(v, f, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)));
        return (best.Format, (double)Math.Max(best.Count, read) / values.Count);
    }

    /// <summary>The share of a column's values (of the first 500 not blank) that the built-in stage aliases know.</summary>
    public static double KnownStageShare(ExportSample sample, int column)
    {
        var values = sample.Values(column).Where(static v => !string.IsNullOrWhiteSpace(v)).Take(500).ToList();
        return values.Count == 0 ? 0 : (double)values.Count(static v => Reference.ReferenceData.Default.Stages.Map(v) is not null) / values.Count;
    }

    /// <summary>An amount as the export writes them, quoted: the first with a separator or a Chinese unit, else the first.</summary>
    public static string Style(List<string> values)
    {
        var sample = values.FirstOrDefault(v => v.Contains(',', StringComparison.Ordinal) || v.Contains('.', StringComparison.Ordinal) || v.Contains('万', StringComparison.Ordinal) || v.Contains('亿', StringComparison.Ordinal))
            ?? (values.Count > 0 ? values[0] : null);
        return sample is null ? "" : "'" + sample + "'";
    }

    /// <summary>Why init writes CNY when neither the amount column's name nor the amounts name a currency.</summary>
    public const string Unsaid = "the amounts do not say: CHECK THIS (an ISO 4217 code such as USD or EUR)";

    /// <summary>
    /// The currency of amounts that name none and why: the amount column's name, else the currency most amounts name;
    /// a null code when they write ¥ alone (the loader decides between yuan and yen from the data's country).
    /// </summary>
    public static (string?, string)? CurrencyOf(string header, List<string> values)
    {
        if (Loading.AmountColumnUnit.FromHeader(header, Loading.AmountColumnUnit.IsAmountAlias) is { Unit.Currency: { } named })
        {
            return (named, $"the amount column '{header}' names it");
        }

        var name = header.ToLowerInvariant();
        foreach (var (code, marks) in new[] { ("USD", new[] { "usd", "$" }), ("CNY", new[] { "cny", "rmb", "人民币" }), ("EUR", new[] { "eur", "€" }), ("INR", new[] { "inr", "₹" }), ("GBP", new[] { "gbp", "£" }) })
        {
            if (marks.Any(m => name.Contains(m, StringComparison.Ordinal)))
            {
                return (code, $"the amount column '{header}' names it");
            }
        }

        // The currency the amounts name most often, as the loader reads them; 万 and 亿 without one are yuan. The sign ¥
        // alone names yuan or yen, which the loader decides from the data's country: it does not vote.
        var currencies = values
            .Where(static v => !Loading.AmountText.IsYenSignAlone(v))
            .Select(static v => (Value: v, Code: Loading.AmountText.CurrencyNamed(v) ?? (v.Contains('万', StringComparison.Ordinal) || v.Contains('亿', StringComparison.Ordinal) ? "CNY" : null)))
            .Where(static v => v.Code is not null)
            .GroupBy(static v => v.Code!, StringComparer.Ordinal)
            .OrderByDescending(static g => g.Count())
            .ToList();
        if (currencies.Count == 0)
        {
            return values.FirstOrDefault(Loading.AmountText.IsYenSignAlone) is { } yen
                ? (null, $"amounts are written with ¥ alone, such as '{yen}': read as yen when the regions or the country column say Japan, else as yuan; set currency: for amounts that name none")
                : values.FirstOrDefault(Loading.AmountText.IsKronaSignAlone) is { } krona
                ? (null, $"amounts are written with kr alone, such as '{krona}': each is read in the krona or krone of its row's country or region (SEK, NOK, DKK), and a row that names neither is rejected; set currency: SEK (or NOK, DKK) to read them all in one")
                : ("CNY", Unsaid);
        }

        var top = currencies[0];
        return currencies.Count == 1
            ? (top.Key, $"amounts are written in it, such as '{top.First().Value}'")
            : (top.Key, $"most amounts that name a currency name it ({string.Join(", ", currencies.Select(static g => $"{g.Key} {g.Count()}"))}), such as '{top.First().Value}'");
    }

    /// <summary>
    /// The currency of the country most rows of the country column <paramref name="header"/> name, when it is more than half
    /// of those naming a country (<c>AR</c> for 50 rows of 50: ARS), and why; null when no country is the majority or its
    /// currency is unknown. Amounts that name no currency are the country's, with or without an exchange rate.
    /// </summary>
    public static (string?, string)? CountrysCurrency(string header, List<string> values)
    {
        var countries = values
            .Select(static v => Reference.CountryNames.Code(v))
            .Where(static c => c is not null)
            .GroupBy(static c => c!, StringComparer.Ordinal)
            .OrderByDescending(static g => g.Count())
            .ThenBy(static g => g.Key, StringComparer.Ordinal)
            .ToList();
        var named = countries.Sum(static g => g.Count());
        if (countries.Count == 0 || countries[0].Count() * 2 <= named || Reference.CountryNames.Currency(countries[0].Key) is not { } currency)
        {
            return null;
        }

        var code = countries[0].Key;
        var name = Reference.CountryNames.EnglishName(code) ?? code;
        return (currency, string.Create(CultureInfo.InvariantCulture, $"the amounts name no currency, and the country column '{header}' says {name} ({code}) in {countries[0].Count():N0} of {values.Count:N0} rows read: its currency; CHECK THIS if the amounts are in another"));
    }

    /// <summary>The stage a label the loader could not place most likely names, and whether the guess is sure.</summary>
    public static (Stage Stage, bool Sure) GuessStage(string value)
    {
        var v = value.ToLowerInvariant();
        return v switch
        {
            _ when v.Contains("seed", StringComparison.Ordinal) || v.Contains("种子", StringComparison.Ordinal) => (Stage.Seed, true),
            _ when v.Contains("angel", StringComparison.Ordinal) || v.Contains("天使", StringComparison.Ordinal) => (Stage.Angel, true),
            _ when v.Contains("private", StringComparison.Ordinal) && v.Contains("equity", StringComparison.Ordinal) => (Stage.PE, true),
            _ when v.Contains("debt", StringComparison.Ordinal) || v.Contains("loan", StringComparison.Ordinal) || v.Contains('债') => (Stage.Debt, true),
            _ when v.Contains("grant", StringComparison.Ordinal) || v.Contains("补助", StringComparison.Ordinal) => (Stage.Grant, true),
            _ when v.Contains("strategic", StringComparison.Ordinal) || v.Contains("战略", StringComparison.Ordinal) || v.Contains("corporate", StringComparison.Ordinal) => (Stage.Strategic, true),
            _ when v.Contains("ipo", StringComparison.Ordinal) || v.Contains("crowd", StringComparison.Ordinal) || v.Contains("secondary", StringComparison.Ordinal) || v == "other" => (Stage.Other, true),
            _ when v is "venture" or "venture round" or "vc" or "unknown" or "undisclosed" => (Stage.Unknown, true),
            _ => (Stage.Unknown, false),
        };
    }
}
