using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The first rows of an XLSX sheet as the loader reads its cells (dates as <c>yyyy-MM-dd</c>, numbers in full), for
/// tools that look at a workbook before a mapping exists (<c>init</c>).
/// </summary>
public static class WorkbookHead
{
    /// <summary>
    /// Up to <paramref name="maxRows"/> rows that hold a value, from the first of them, each with its sheet row number.
    /// <paramref name="sheet"/> names the sheet (the first when null).
    /// </summary>
    /// <exception cref="InputException">The bytes are not a readable workbook, or the sheet is missing or empty.</exception>
    public static IReadOnlyList<(int Line, string[] Cells)> Read(byte[] bytes, string file, string? sheet, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new XlsxRowReader(bytes, file, sheet, ResourceLimits.Default);
        return Rows(reader, maxRows);
    }

    /// <summary>The header and up to <paramref name="maxRows"/> − 1 rows after it, each with its line, as the reader gives them.</summary>
    internal static IReadOnlyList<(int Line, string[] Cells)> Rows(IRowReader reader, int maxRows)
    {
        var rows = new List<(int Line, string[] Cells)> { (reader.HeaderLine, [.. reader.Columns]) };
        while (rows.Count < maxRows && reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader[i].ToString();
            }

            rows.Add((reader.Line, cells));
        }

        return rows;
    }
}
