namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// Where a line of report text may break, for text laid out outside the PDF's paragraphs (chart titles): the same
/// rules the paragraphs follow (<see cref="BreakOpportunities"/>).
/// </summary>
public static class LineBreaks
{
    /// <summary>Whether a line may start at UTF-16 index <paramref name="index"/> of <paramref name="text"/> (0 &lt; index &lt; length).</summary>
    public static bool MayBreakBefore(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, text.Length);
        return BreakOpportunities.MayBreakBefore(text, index);
    }
}
