using System.Globalization;

namespace CapitalHealthReport.Reference;

/// <summary>A yearly average exchange rate: units of <see cref="Currency"/> per US dollar.</summary>
public sealed record FxRate(int Year, string Currency, decimal UnitsPerUsd);

/// <summary>
/// Yearly average exchange rates (<c>data/reference/fx.csv</c>: <c>year,currency,units_per_usd</c>) for
/// converting amounts into the reporting currency. Years outside the table use the nearest year.
/// </summary>
public sealed class FxTable
{
    private readonly Dictionary<string, SortedDictionary<int, decimal>> _rates = new(StringComparer.OrdinalIgnoreCase);

    public FxTable(IEnumerable<FxRate> rates)
    {
        foreach (var rate in rates)
        {
            if (rate.UnitsPerUsd <= 0)
            {
                throw new ArgumentException($"The rate for {rate.Currency} in {rate.Year} must be positive.", nameof(rates));
            }

            if (!_rates.TryGetValue(rate.Currency, out var byYear))
            {
                byYear = [];
                _rates[rate.Currency] = byYear;
            }

            byYear[rate.Year] = rate.UnitsPerUsd;
        }

        if (!_rates.ContainsKey("USD"))
        {
            _rates["USD"] = new SortedDictionary<int, decimal> { [2000] = 1m };
        }

        Currencies = [.. _rates.Keys.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal)];
    }

    /// <summary>The ISO 4217 codes the table knows, ordinal order.</summary>
    public IReadOnlyList<string> Currencies { get; }

    public bool Supports(string currency) => _rates.ContainsKey(currency.Trim());

    /// <summary>Units of <paramref name="currency"/> per US dollar in <paramref name="year"/> (nearest year in the table).</summary>
    public decimal UnitsPerUsd(string currency, int year)
    {
        if (!_rates.TryGetValue(currency.Trim(), out var byYear))
        {
            throw new InputException($"The currency '{currency}' has no exchange rate in fx.csv (known: {string.Join(", ", Currencies)}).", null, hint: "Use an ISO 4217 code from that list or add its yearly rates to data/reference/fx.csv.");
        }

        return byYear[Nearest(byYear, year)];
    }

    /// <summary>
    /// The year whose rate converts <paramref name="currency"/>'s amounts of <paramref name="year"/>: the year itself when
    /// the table has it (and always for the dollar, one dollar per dollar in every year), else the nearest.
    /// </summary>
    public int RateYear(string currency, int year) =>
        !string.Equals(currency.Trim(), "USD", StringComparison.OrdinalIgnoreCase) && _rates.TryGetValue(currency.Trim(), out var byYear) ? Nearest(byYear, year) : year;

    private static int Nearest(SortedDictionary<int, decimal> byYear, int year)
    {
        if (byYear.ContainsKey(year))
        {
            return year;
        }

        var best = 0;
        var bestDistance = int.MaxValue;
        foreach (var candidate in byYear.Keys)
        {
            var distance = Math.Abs(candidate - year);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Converts with the yearly average rates of <paramref name="year"/>.</summary>
    public decimal Convert(decimal amount, string fromCurrency, string toCurrency, int year)
    {
        if (string.Equals(fromCurrency, toCurrency, StringComparison.OrdinalIgnoreCase))
        {
            _ = UnitsPerUsd(fromCurrency, year);
            return amount;
        }

        return Convert(amount, UnitsPerUsd(fromCurrency, year), UnitsPerUsd(toCurrency, year));
    }

    /// <summary>
    /// The one conversion formula, for callers that look the yearly rates up once:
    /// <c>amount / unitsPerUsd(from) × unitsPerUsd(to)</c>.
    /// </summary>
    public static decimal Convert(decimal amount, decimal fromUnitsPerUsd, decimal toUnitsPerUsd) =>
        amount / fromUnitsPerUsd * toUnitsPerUsd;

    /// <summary>Reads <c>fx.csv</c>.</summary>
    public static FxTable Load(string path) => Parse(ReferenceFiles.ReadText(path), Path.GetFileName(path));

    /// <summary>Reads the table from its <paramref name="text"/>; errors name <paramref name="file"/>.</summary>
    public static FxTable Parse(string text, string file)
    {
        var rates = new List<FxRate>();
        var seen = new HashSet<(int, string)>();
        var first = true;
        foreach (var (line, fields) in ReferenceFiles.ReadCsv(text))
        {
            if (first)
            {
                first = false;
                if (fields.Length != 3 || fields[0] != "year" || fields[1] != "currency" || fields[2] != "units_per_usd")
                {
                    throw new InputException("must start with the header 'year,currency,units_per_usd'.", file, line, 1);
                }

                continue;
            }

            if (fields.Length != 3)
            {
                throw new InputException($"has {fields.Length} fields; expected 3 (year,currency,units_per_usd).", file, line, 1);
            }

            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
            {
                throw new InputException($"has the year '{fields[0]}', which is not a year.", file, line, 1);
            }

            var currency = fields[1].ToUpperInvariant();
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                throw new InputException($"has the currency '{fields[1]}', which is not an ISO 4217 code.", file, line);
            }

            if (!decimal.TryParse(fields[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var units) || units <= 0)
            {
                throw new InputException($"has the rate '{fields[2]}', which is not a positive number.", file, line);
            }

            if (!seen.Add((year, currency)))
            {
                throw new InputException($"lists {currency} for {year} twice.", file, line);
            }

            rates.Add(new FxRate(year, currency, units));
        }

        return new FxTable(rates);
    }
}
