using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Deal amounts in the reporting currency, as the metric columns hold them (integer cents, and whether each deal is a
/// mega round), with the yearly rates looked up once per currency and year. Converts with the FX table's formula
/// (<see cref="FxTable.Convert(decimal, decimal, decimal)"/>; the amount itself when the currencies agree), and
/// tests a mega round exactly as <c>amount ≥ threshold_usd × unitsPerUsd(from)</c>. Amounts in a reporting currency the
/// table has no rate for (an export all in COP) are kept as they are, and none is a mega round: the share is undefined
/// (<see cref="MetricCalculator"/>).
/// </summary>
internal sealed class ReportingAmounts(MetricReference reference, MetricParameters parameters)
{
    // Per currency (each distinct string instance looked up once), the rates of each year, made when first needed.
    private readonly Dictionary<string, Rates?[]> _byCurrency = new(StringComparer.Ordinal);
    private string? _lastCurrency;
    private Rates?[] _lastYears = [];

    // The year of the last deal's day, and the days that year spans, so that most deals need no date arithmetic.
    private int _yearFirstDay = 1;
    private int _yearLastDay;
    private int _year;

    /// <summary>
    /// The amount of the deal at <paramref name="row"/> in the reporting currency, as integer cents (see
    /// <see cref="ToCents"/>), and whether it is a mega round; its amount, currency and day are passed as read.
    /// </summary>
    public long Cents(decimal amount, string currency, int day, DealTable deals, int row, out bool mega)
    {
        if (!ReferenceEquals(currency, _lastCurrency))
        {
            if (!_byCurrency.TryGetValue(currency, out var years))
            {
                years = new Rates?[DateOnly.MaxValue.Year + 1];
                _byCurrency[currency] = years;
            }

            _lastCurrency = currency;
            _lastYears = years;
        }

        if (day < _yearFirstDay || day > _yearLastDay)
        {
            _year = DateOnly.FromDayNumber(day).Year;
            _yearFirstDay = new DateOnly(_year, 1, 1).DayNumber;
            _yearLastDay = new DateOnly(_year, 12, 31).DayNumber;
        }

        var rates = _lastYears[_year] ??= NewRates(currency, _year, deals, row);
        mega = amount >= rates.MegaThreshold;
        if (rates.Exact is { } factor && ExactCents.TryMultiply(amount, factor, out var cents))
        {
            return cents;
        }

        var converted = rates.SameCurrency ? amount : FxTable.Convert(amount, rates.FromUnits, rates.ToUnits);
        return ToCents(converted, deals, row);
    }

    private Rates NewRates(string currency, int year, DealTable deals, int row)
    {
        if (string.Equals(currency, parameters.ReportingCurrency, StringComparison.OrdinalIgnoreCase) && !reference.HasRate(currency))
        {
            return new Rates(1m, 1m, decimal.MaxValue, true, ExactCents.Factor.Of(1m));
        }

        var from = Units(currency, year, deals, row);
        var to = Units(parameters.ReportingCurrency, year, deals, row);
        var same = string.Equals(currency, parameters.ReportingCurrency, StringComparison.OrdinalIgnoreCase);

        // amount / 1 × to is amount × to exactly, so integer arithmetic gives it; any other divisor rounds as decimals do.
        var exact = same ? ExactCents.Factor.Of(1m) : from == 1m ? ExactCents.Factor.Of(to) : null;
        return new Rates(from, to, parameters.MegaRoundUsd * from, same, exact);
    }

    /// <summary>
    /// A currency's rates in one year; <paramref name="SameCurrency"/> when it is the reporting currency (amounts kept as
    /// they are); <paramref name="Exact"/>, the factor an amount is multiplied by when the conversion is a product.
    /// </summary>
    private sealed record Rates(decimal FromUnits, decimal ToUnits, decimal MegaThreshold, bool SameCurrency, ExactCents.Factor? Exact);

    private decimal Units(string currency, int year, DealTable deals, int row)
    {
        try
        {
            return reference.UnitsPerUsd(currency, year);
        }
        catch (InputException ex)
        {
            var file = deals.File[row];
            var line = deals.Line[row];
            throw new InputException(ex.ReasonText, file.Length > 0 ? file : null, line > 0 ? line : null, hint: ex.HintText, innerException: ex);
        }
    }

    /// <summary>An amount in the reporting currency as integer cents; an amount below zero or beyond 10^16 is refused with the deal's file and line.</summary>
    internal static long ToCents(decimal amount, DealTable deals, int row)
    {
        if (amount < 0m || amount > 10_000_000_000_000_000m)
        {
            throw new InputException(
                $"The amount {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} (in the reporting currency) is negative or beyond 10^16.",
                deals.File[row].Length > 0 ? deals.File[row] : null,
                deals.Line[row] > 0 ? deals.Line[row] : null,
                hint: "Check the amount and its units.");
        }

        var scaled = amount * 100m;
        return scaled.Scale == 0 ? (long)scaled : (long)decimal.Round(scaled, MidpointRounding.AwayFromZero);
    }
}
