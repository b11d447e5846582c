using System.Globalization;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>
/// Formats numbers, amounts, changes, severities and periods the way a reader of the report's
/// language expects them (<c>12.3%</c>, <c>1.2 bn CNY</c> / <c>12.3亿元</c>, "up 5.2 points from 2024Q4" /
/// "较2024Q4上升5.2个百分点"). Always culture-invariant underneath, so output never depends on the machine.
/// Undefined values (null, NaN) print as "n/a" / "无数据", never as 0.
/// </summary>
public sealed class NarrativeFormatter
{
    /// <summary>Changes of a share smaller than this (0.05 percentage points) are "unchanged".</summary>
    public const double UnchangedSharePoints = 0.0005;

    /// <summary>Relative changes of a level smaller than this (0.05 %) are "unchanged".</summary>
    public const double UnchangedRelative = 0.0005;

    public NarrativeFormatter(ReportLanguage language, string currency = "CNY")
    {
        Language = language;
        Currency = string.IsNullOrWhiteSpace(currency) ? "CNY" : currency.Trim().ToUpperInvariant();
    }

    public ReportLanguage Language { get; }

    /// <summary>The reporting currency (ISO 4217) that <see cref="Money"/> names.</summary>
    public string Currency { get; }

    private bool IsChinese => Language == ReportLanguage.Chinese;

    /// <summary>What an undefined value prints as.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A language decides how it prints an undefined value; callers reach it through their formatter.")]
    public string NotAvailable => "—";

    /// <summary>A share (fraction 0–1) as a percentage: <c>0.123</c> → <c>12.3%</c>.</summary>
    public string Pct(double? share, int decimals = 1)
    {
        if (!IsDefined(share))
        {
            return NotAvailable;
        }

        // A share that is not nothing is never shown as "0.0%", nor one short of everything as "100.0%".
        var percent = share!.Value * 100;
        var step = Math.Pow(10, -decimals);
        return percent switch
        {
            > 0 when percent < step / 2 => "<" + Text.FixedDecimals.Format(step, decimals) + "%",
            < 100 when percent >= 100 - (step / 2) => ">" + Text.FixedDecimals.Format(100 - step, decimals) + "%",
            _ => Text.FixedDecimals.Format(percent, decimals) + "%",
        };
    }

    /// <summary>
    /// A share next to the threshold it is compared with: one decimal, or as many more (up to four) as it takes to
    /// tell the two apart, so "80.003%" is never shown as "80.0%" beside an 80% threshold.
    /// </summary>
    public string PctBeside(double? share, double? threshold)
    {
        var decimals = 1;
        while (decimals < 4 && IsDefined(share) && IsDefined(threshold) && share != threshold && Pct(share, decimals) == Pct(threshold, decimals))
        {
            decimals++;
        }

        return Pct(share, decimals);
    }

    /// <summary>A difference of two shares in percentage points: <c>0.052</c> → <c>5.2 points</c> / <c>5.2个百分点</c>.</summary>
    public string Pp(double? delta, int decimals = 1)
    {
        if (!IsDefined(delta))
        {
            return NotAvailable;
        }

        var text = Text.FixedDecimals.Format(delta!.Value * 100, decimals);
        return IsChinese ? text + "个百分点" : text + (text is "1" or "-1" ? " point" : " points");
    }

    /// <summary>A number with thousands separators and <paramref name="decimals"/> decimals: <c>1,234.5</c>.</summary>
    public string Num(double? value, int decimals = 1) => IsDefined(value) ? Text.FixedDecimals.Format(value!.Value, decimals) : NotAvailable;

    /// <summary>A whole number with thousands separators: <c>1,234</c>.</summary>
    /// <summary>A date as reports give it: <c>2025-04-15</c> in every language.</summary>
    public string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotAvailable;

    public string Int(double? value) => IsDefined(value) ? Text.FixedDecimals.Format(Math.Round(value!.Value, MidpointRounding.AwayFromZero), 0) : NotAvailable;

    /// <summary>
    /// An amount in the reporting currency, scaled for reading: English <c>5.9 tn COP</c>, <c>1.2 bn CNY</c>, <c>350 M CNY</c>,
    /// <c>1,250 crore INR</c>; Chinese <c>5.9万亿哥伦比亚比索</c>, <c>12.3亿元</c>, <c>3,500万元</c> (万亿 = 10¹², 亿 = 10⁸, 万 = 10⁴).
    /// </summary>
    public string Money(double? amount) => IsDefined(amount) ? Reference.MoneyText.Format(amount!.Value, Currency, IsChinese) : NotAvailable;

    /// <summary>
    /// An amount of a table column, in the unit and decimals all the <paramref name="column"/>'s amounts share
    /// (<c>0.5 M USD</c> beside <c>8.0 M USD</c>; <c>0.41亿元</c> beside <c>90.00亿元</c>).
    /// </summary>
    public string MoneyIn(double? amount, IEnumerable<double?> column) =>
        IsDefined(amount) ? Reference.MoneyText.Column(column, Currency, IsChinese).Format(amount!.Value) : NotAvailable;

    /// <summary>
    /// The direction and size of a change from <paramref name="previous"/> to <paramref name="current"/>,
    /// compared with the period named by <paramref name="since"/>. <paramref name="kind"/> is <c>share</c>
    /// (difference in percentage points) or <c>level</c> (relative change in percent).
    /// Changes below 0.05 points (shares) or 0.05 % (levels) read "unchanged".
    /// </summary>
    public string Change(double? current, double? previous, string since, string kind = "level")
    {
        var isShare = kind.Trim().ToLowerInvariant() switch
        {
            "share" or "pp" or "points" => true,
            "level" or "count" or "amount" or "value" => false,
            _ => throw new ArgumentException($"Change kind '{kind}' is not known; use 'share' or 'level'.", nameof(kind)),
        };

        if (!IsDefined(current) || !IsDefined(previous))
        {
            return IsChinese ? $"{since}无可比数据" : $"no comparable figure for {since}";
        }

        var delta = current!.Value - previous!.Value;
        if (isShare)
        {
            if (Math.Abs(delta) < UnchangedSharePoints)
            {
                return Unchanged(since);
            }

            return Directed(delta > 0, Pp(Math.Abs(delta)), since);
        }

        if (previous.Value == 0)
        {
            if (current.Value == 0)
            {
                return Unchanged(since);
            }

            return IsChinese ? $"较{since}（为零）有所上升" : $"up from zero in {since}";
        }

        var relative = delta / Math.Abs(previous.Value);
        if (Math.Abs(relative) < UnchangedRelative)
        {
            return Unchanged(since);
        }

        var size = Math.Abs(relative) * 100;
        return Directed(delta > 0, Text.FixedDecimals.Format(size, size >= 10 ? 0 : 1) + "%", since);
    }

    /// <summary>
    /// A change for a table cell, signed: <c>+12%</c>, <c>−3.9%</c> (levels), <c>+1.8 pts</c> / <c>+1.8个百分点</c> (shares),
    /// <c>±0</c> below the "unchanged" tolerance, <c>—</c> without both values.
    /// </summary>
    public string SignedChange(double? current, double? previous, bool share)
    {
        if (!IsDefined(current) || !IsDefined(previous))
        {
            return "—";
        }

        var delta = current!.Value - previous!.Value;
        if (share)
        {
            return Math.Abs(delta) < UnchangedSharePoints ? "±0" : Sign(delta) + Pp(Math.Abs(delta)).Replace(" points", " pts", StringComparison.Ordinal).Replace(" point", " pt", StringComparison.Ordinal);
        }

        if (previous.Value == 0)
        {
            return current.Value == 0 ? "±0" : "—";
        }

        var relative = delta / Math.Abs(previous.Value);
        if (Math.Abs(relative) < UnchangedRelative)
        {
            return "±0";
        }

        var size = Math.Abs(relative) * 100;
        return Sign(delta) + Text.FixedDecimals.Format(size, size >= 10 ? 0 : 1) + "%";
    }

    /// <summary>The word for a diagnostic severity: Serious / Moderate / Informational (English); 严重 / 中等 / 提示 (Chinese).</summary>
    public string SeverityLabel(string? severity) => (severity ?? "").Trim().ToLowerInvariant() switch
    {
        "error" => IsChinese ? "严重" : "Serious",
        "warning" => IsChinese ? "中等" : "Moderate",
        "info" => IsChinese ? "提示" : "Informational",
        "none" => IsChinese ? "已关闭" : "Off",
        var other => other,
    };

    /// <summary>
    /// A period for prose: English <c>Q1 2025</c>, <c>H1 2025</c>, <c>2025</c>, <c>January–August 2024</c>;
    /// Chinese <c>2025年第一季度</c>, <c>2025年上半年</c>, <c>2025年</c>, <c>2024年1—8月</c> (<see cref="Reference.PeriodNames"/>, the
    /// wording findings' Chinese messages use too).
    /// </summary>
    public string PeriodLabel(Period period) => Reference.PeriodNames.For(period, IsChinese);

    /// <summary><see cref="PeriodLabel(Period)"/> for a period written as text; text that is not a period is returned as is.</summary>
    public string PeriodLabel(string text) => Period.TryParse(text, out var period) ? PeriodLabel(period) : text;

    private static string Sign(double delta) => delta > 0 ? "+" : "−";

    private string Directed(bool up, string size, string since) => IsChinese
        ? $"较{since}{(up ? "上升" : "下降")}{size}"
        : $"{(up ? "up" : "down")} {size} from {since}";

    private string Unchanged(string since) => IsChinese ? $"与{since}持平" : $"unchanged from {since}";

    private static bool IsDefined(double? value) => value is { } v && double.IsFinite(v);
}
