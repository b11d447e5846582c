using CapitalHealthReport.Text;

namespace CapitalHealthReport.Reference;

/// <summary>
/// The amounts of one table column written alike: one unit and one number of decimals for all
/// (<c>0.5 M USD</c>, <c>8.0 M USD</c>); made by <see cref="MoneyText.Column"/>.
/// </summary>
public sealed class MoneyColumn
{
    private readonly MoneyScale? _scale;
    private readonly int _decimals;
    private readonly string _currency;
    private readonly bool _chinese;

    internal MoneyColumn(MoneyScale? scale, int decimals, string currency, bool chinese)
    {
        _scale = scale;
        _decimals = decimals;
        _currency = currency;
        _chinese = chinese;
    }

    /// <summary>
    /// The unit the column reads in, as a chart axis names it (<c>M CNY</c>, <c>crore INR</c>, <c>万元</c>) with the divisor
    /// of its figures; null when the column holds no amount other than zero or reads in the currency itself.
    /// </summary>
    public (double Divisor, string Unit)? Axis =>
        _scale is null || _scale.Divisor == 1 ? null
        : (_scale.Divisor, _chinese ? _scale.Word + MoneyText.CurrencyWord(_currency) : _scale.Word + " " + _currency);

    /// <summary>
    /// One amount of the column in the column's unit and decimals, a zero too (<c>0 crore INR</c> beside <c>11 crore INR</c>,
    /// not <c>0 INR</c>, so that the unit does not change down the column), but a figure of four or more digits whole
    /// (<c>1,250 crore INR</c> beside <c>0.5 crore INR</c>, not <c>1,250.0</c>: a tenth on it tells a reader nothing);
    /// an amount of a column of nothing but zeros as running text writes it.
    /// </summary>
    public string Format(double amount)
    {
        if (_scale is null)
        {
            return MoneyText.Format(amount, _currency, _chinese);
        }

        var scaled = amount / _scale.Divisor;
        var decimals = Math.Abs(Math.Round(scaled, _decimals, MidpointRounding.AwayFromZero)) >= 1000 ? 0 : _decimals;
        return _scale.Write(FixedDecimals.Format(scaled, decimals), _currency, _chinese);
    }
}
