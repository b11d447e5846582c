using CapitalHealthReport.Loading;
using static System.FormattableString;

namespace CapitalHealthReport;

/// <summary>
/// The notes on units workbook amount cells show by their number format (<c>0"万元"</c>, <c>#,##0.0,,"M"</c>): the cells
/// read by them; and, when a column's cells show a unit and others show none (and its name gives none), the cells
/// read as plain numbers beside them. In English and in Chinese.
/// </summary>
internal static class CellFormatUnitNotes
{
    /// <summary>The notes; none when no amount cell's format shows a unit or takes thousands off.</summary>
    public static IEnumerable<AnalysisNote> Of(DataProfile profile)
    {
        var units = profile.CellFormatUnits;
        var read = units.ReadCells + units.ThousandsInNamedUnit + units.ThousandsAsStored;
        if (read > 0)
        {
            var parts = new List<string>();
            var chinese = new List<string>();
            if (units.ReadCells > 0)
            {
                var each = string.Join(", ", units.Read.Select(u => Invariant($"{u.Key} × {units.Scales[u.Key]:N0} for {u.Value:N0}")));
                var eachChinese = string.Join("，", units.Read.Select(u => Invariant($"{u.Key}（×{units.Scales[u.Key]:N0}）{u.Value:N0}个")));
                parts.Add($"read as the number shown times the unit shown ({each})" + (units.SameAsName > 0 ? Invariant($", {units.SameAsName:N0} in the unit the column's name gives too, applied once") : ""));
                chinese.Add($"按所示数字乘以所示单位读取（{eachChinese}）" + (units.SameAsName > 0 ? Invariant($"，其中{units.SameAsName:N0}个与列名单位相同，只计一次") : ""));
            }

            if (units.ThousandsInNamedUnit > 0)
            {
                parts.Add(Invariant($"{units.ThousandsInNamedUnit:N0} shown in thousands by trailing commas, read as shown in the unit the column's name gives"));
                chinese.Add(Invariant($"{units.ThousandsInNamedUnit:N0}个以千位逗号缩为千分之一显示，按所示数字以列名单位读取"));
            }

            if (units.ThousandsAsStored > 0)
            {
                parts.Add(Invariant($"{units.ThousandsAsStored:N0} shown in thousands by trailing commas with no unit named anywhere, read as stored"));
                chinese.Add(Invariant($"{units.ThousandsAsStored:N0}个以千位逗号缩为千分之一显示且未注明单位，按存储值读取"));
            }

            yield return AnalysisNote.Info(
                "amount-unit-from-cell-format",
                Invariant($"{read:N0} amount {(read == 1 ? "cell shows its" : "cells show their")} unit by the number format (0\"万元\", #,##0.0,,\"M\"): {string.Join("; ", parts)}."),
                Invariant($"{read:N0}个金额单元格的数字格式显示了单位：{string.Join("；", chinese)}。"));
        }

        if (units.ReadCells > 0 && units.Plain > 0 && profile.AmountUnit is not { Scale: > 1m })
        {
            yield return AnalysisNote.Warning(
                "cell-format-unit-mixed",
                Invariant($"{units.Plain:N0} amount {(units.Plain == 1 ? "cell shows" : "cells show")} no unit by the number format while {units.ReadCells:N0} show one (first on line {units.FirstPlainLine}): read as plain numbers; if they are in the same unit, give them its number format or name the unit in the column's name."),
                Invariant($"{units.Plain:N0}个金额单元格的数字格式未显示单位，而{units.ReadCells:N0}个显示了单位（首见第{units.FirstPlainLine}行）：前者按数字本身读取；如单位相同，请为其设置相同的数字格式，或在列名中注明单位。"));
        }
    }
}
