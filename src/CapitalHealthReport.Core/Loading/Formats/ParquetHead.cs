using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The column names and first rows of a Parquet file as the loader reads its cells (dates as <c>yyyy-MM-dd</c>, numbers
/// in full, lists joined with <c>;</c>), for tools that look at an export before a mapping exists (<c>init</c>).
/// </summary>
public static class ParquetHead
{
    /// <summary>The schema's column names (line 1), then up to <paramref name="maxRows"/> − 1 rows, each with its line.</summary>
    /// <exception cref="InputException">The bytes are not a readable Parquet file, or a column holds nested groups.</exception>
    public static IReadOnlyList<(int Line, string[] Cells)> Read(byte[] bytes, string file, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new ParquetRowReader(bytes, file, ResourceLimits.Default);
        return WorkbookHead.Rows(reader, maxRows);
    }
}
