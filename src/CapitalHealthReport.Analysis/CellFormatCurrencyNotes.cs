using CapitalHealthReport.Loading;
using static System.FormattableString;

namespace CapitalHealthReport;

/// <summary>
/// The notes on currencies workbook amount cells show by their number format: the deals read in them, for want of any
/// other currency; and the deals read in another currency than their cells show. In English and in Chinese.
/// </summary>
internal static class CellFormatCurrencyNotes
{
    /// <summary>The notes; none when no amount cell shows a currency.</summary>
    public static IEnumerable<AnalysisNote> Of(DataProfile profile)
    {
        var shown = profile.CellFormatCurrencies;
        if (shown.ReadDeals > 0)
        {
            var each = string.Join(", ", shown.Read.Select(static c => Invariant($"{c.Key} {c.Value:N0}")));
            var deals = shown.ReadDeals == 1 ? "1 deal names" : Invariant($"{shown.ReadDeals:N0} deals name");
            yield return AnalysisNote.Info(
                "currency-from-cell-format",
                $"{deals} no currency but {(shown.ReadDeals == 1 ? "its amount cell shows" : "their amount cells show")} one by the cell's number format (\"$\"#,##0, [$€-407] #,##0): read in it ({each}); set 'currency:' in a mapping file if the format is wrong.",
                Invariant($"{shown.ReadDeals:N0}笔交易未注明币种，但金额单元格的数字格式显示了币种：按该币种读取（{each}）；如格式有误，请在映射文件中用 currency: 指定币种。"));
        }

        if (shown.FirstOverride is { } first)
        {
            var deals = shown.Overridden == 1
                ? "1 deal's amount cell shows another currency by its number format than the deal was read in"
                : Invariant($"{shown.Overridden:N0} deals' amount cells show another currency by their number format than the deals were read in");
            yield return AnalysisNote.Warning(
                "cell-format-currency-differs",
                Invariant($"{deals} (first on line {first.Line}: {first.Shown} shown, read as {first.ReadIn} from {first.NamedBy}); check which is right."),
                Invariant($"{shown.Overridden:N0}笔交易金额单元格的数字格式所示币种与读取所用币种不同（首见第{first.Line}行：显示{first.Shown}，按{first.ReadIn}读取）；请核对。"));
        }
    }
}
