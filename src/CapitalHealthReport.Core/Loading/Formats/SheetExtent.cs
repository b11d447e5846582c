namespace CapitalHealthReport.Loading;

/// <summary>
/// The cells of a sheet that hold a value or a formula: the last row and column holding one (1-based;
/// <see cref="int.MaxValue"/> when not known), and the first cell right of the column limit (null when none).
/// </summary>
internal readonly record struct SheetExtent(int LastRow, int LastColumn, (int Row, int Column)? FirstPastColumnLimit);
