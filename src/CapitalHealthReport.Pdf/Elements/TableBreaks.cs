namespace CapitalHealthReport.Pdf.Elements;

/// <summary>
/// Where a table breaks between pages: at least <see cref="MinRowsAtBreak"/> body rows on each side of a break, so
/// no page shows the header above a lone last row (a widow) and no table starts with a lone row at a page's foot (an
/// orphan); the rows after a break take the table's note (its source line) with them. A table too short for both
/// moves whole. Only a page that holds nothing above the table relaxes the rules, the orphan rule first. A table no taller
/// than a third of a page (with its note) is not broken at all below other content: it moves whole to the next page.
/// </summary>
internal static class TableBreaks
{
    /// <summary>Body rows kept together on each side of a page break within a table.</summary>
    public const int MinRowsAtBreak = 2;

    /// <summary>
    /// How many of the <paramref name="remaining"/> body rows go on this page, given that <paramref name="fitted"/> of
    /// them fit but not all of what is left (the next row, or the note after the last row); 0 moves the table on.
    /// </summary>
    /// <param name="fitted">Whole rows that fit on this page (at most <paramref name="remaining"/>).</param>
    /// <param name="remaining">Body rows not yet placed.</param>
    /// <param name="tableStarts">No body row of the table has been placed yet: its first rows must not stand alone.</param>
    /// <param name="atPageTop">Nothing is above the table on this page: it must make progress.</param>
    public static int RowsBeforeBreak(int fitted, int remaining, bool tableStarts, bool atPageTop)
    {
        // The last rows move on together (all of a table with fewer rows than that).
        var rows = Math.Min(fitted, remaining - Math.Min(MinRowsAtBreak, remaining));
        if (rows >= MinRowsAtBreak || (rows > 0 && !tableStarts))
        {
            return rows;
        }

        if (!atPageTop)
        {
            return 0;
        }

        // A page that cannot hold the rule's rows must still take something: a short first part before lone last rows.
        return rows > 0 ? rows : fitted;
    }
}
