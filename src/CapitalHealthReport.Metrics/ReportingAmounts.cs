using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// Deal amounts in the reporting currency, as the metric columns hold them (integer cents, and whether each deal is a
/// mega round), with the yearly rates looked up once per currency and year. Converts with the FX table's formula
/// (<see cref="FxTable.Convert(decimal, decimal, decimal)"/>; the amount itself when the currencies agree), and
/// tests a mega round exactly as <c>amount ≥ threshold_usd × unitsPerUsd(from)</c>.
/// </summary>
internal sealed class ReportingAmounts(MetricReference reference, MetricParameters parameters)
{
    private readonly Dictionary<(string Currency, int Year), (decimal FromUnits, decimal ToUnits, decimal MegaThreshold)> _rates = [];
    private string? _lastCurrency;
    private int _lastYear;
    private (decimal FromUnits, decimal ToUnits, decimal MegaThreshold) _last;

    private int _lastDay = int.MinValue;

    public (decimal Converted, bool Mega) Convert(DealTable deals, int row)
    {
        var amount = deals.Amount[row];
        var currency = deals.Currency[row];
        var day = deals.Day[row];
        if (!ReferenceEquals(currency, _lastCurrency) || (day != _lastDay && deals.Date(row).Year != _lastYear))
        {
            var year = deals.Date(row).Year;
            if (!_rates.TryGetValue((currency, year), out _last))
            {
                var from = Units(currency, year, deals, row);
                var to = Units(parameters.ReportingCurrency, year, deals, row);
                _last = (from, to, parameters.MegaRoundUsd * from);
                _rates[(currency, year)] = _last;
            }

            _lastCurrency = currency;
            _lastYear = year;
        }

        _lastDay = day;
        var converted = string.Equals(currency, parameters.ReportingCurrency, StringComparison.OrdinalIgnoreCase)
            ? amount
            : FxTable.Convert(amount, _last.FromUnits, _last.ToUnits);
        return (converted, amount >= _last.MegaThreshold);
    }

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
            throw new InputException(ex.Reason, file.Length > 0 ? file : null, line > 0 ? line : null, hint: ex.Hint, innerException: ex);
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
