namespace CapitalHealthReport.Loading;

/// <summary>The words that mark a total row rather than a deal (<c>Total</c>, <c>合计</c>, <c>Summe</c>, <c>Totalt</c>, <c>I alt</c>, <c>Yhteensä</c>).</summary>
internal static class TotalRows
{
    public static bool IsTotal(ReadOnlySpan<char> text) => text.Trim().TrimEnd(':').TrimEnd('：').ToString().ToLowerInvariant() is
        "total" or "totals" or "grand total" or "sum" or "合计" or "总计" or "合計" or "總計" or "小计" or "小計" or "gesamt" or "summe" or "insgesamt"
        or "totale" or "somme" or "total général" or "suma"
        or "totalt" or "summa" or "i alt" or "i alt:" or "yhteensä";
}
