namespace CapitalHealthReport.Loading;

/// <summary>
/// The rows of a deals file as text fields, one reader per file format (delimited text, XLSX, JSON Lines, Parquet): the
/// column names first, then row after row. <see cref="DealRowMapper"/> turns the fields into deals, whatever the
/// format. A reader reports what it alone can see (a row with more fields than the header, bytes invalid in the
/// encoding, an unreadable JSON line) to the <see cref="IssueLog"/> it was given.
/// </summary>
internal interface IRowReader : IDisposable
{
    /// <summary>The column names, trimmed. For JSON Lines, the keys seen so far: the list grows as new keys appear.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>1-based line (or sheet row) of the column names; for JSON Lines, of the first object.</summary>
    int HeaderLine { get; }

    /// <summary>1-based physical line (or sheet row) where the current row starts.</summary>
    int Line { get; }

    /// <summary>Blank rows skipped so far (they are not rows).</summary>
    int BlankRows { get; }

    /// <summary>The statistics' name of the format: csv, tsv, xlsx, jsonl or parquet.</summary>
    string Format { get; }

    /// <summary>The encoding's web name (empty for XLSX).</summary>
    string Encoding { get; }

    /// <summary>The field delimiter of delimited text; null otherwise.</summary>
    char? Delimiter { get; }

    /// <summary>Why the current row holds no fields (a JSON line that is not an object); null when it does.</summary>
    string? Unreadable { get; }

    /// <summary>The rows above the column names that were skipped (a title or a note), with their lines; empty for most files.</summary>
    IReadOnlyList<(int Line, string Text)> AboveHeader { get; }

    /// <summary>The number of fields of the current row (the column names' after construction).</summary>
    int FieldCount { get; }

    /// <summary>Moves to the next row that holds a value; false at the end of the file.</summary>
    bool Read();

    /// <summary>The raw text of column <paramref name="column"/> of the current row (untrimmed); empty when the row has no such field.</summary>
    ReadOnlySpan<char> this[int column] { get; }

    /// <summary>Whether cells may be numbers stored as numbers (XLSX, JSON, Parquet); false for delimited text, whose every cell is text.</summary>
    bool HasTypedNumbers { get; }

    /// <summary>
    /// Whether column <paramref name="column"/>'s cell of the current row is a number stored as a number (an XLSX number
    /// cell, a JSON number, a numeric Parquet column): its text is invariant (<c>1234567.89</c>) and says nothing about
    /// how the file's text writes numbers.
    /// </summary>
    bool IsTypedNumber(int column);

    /// <summary>
    /// The number format of column <paramref name="column"/>'s cell of the current row when the file gives it one of
    /// its own (a workbook's custom format, such as <c>[$€-407] #,##0</c>); null otherwise, and for files without formats.
    /// </summary>
    string? NumberFormat(int column) => null;
}
