namespace CapitalHealthReport.Loading;

/// <summary>How the loader opens a deals file: its format, its text encoding, and the row reader that starts at its column names.</summary>
public static partial class DealLoader
{
    /// <summary>
    /// The format a deals file is read in when its mapping names none (<c>csv</c>, <c>tsv</c>, <c>xlsx</c>,
    /// <c>parquet</c>, <c>jsonl</c>): from its extension, and for a file named <c>.xls</c> from <paramref name="bytes"/>
    /// (the whole file or its head).
    /// </summary>
    /// <exception cref="InputException">A file named <c>.xls</c> is an old binary or encrypted workbook, or a web page.</exception>
    public static string FormatOf(string path, byte[] bytes) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".tsv" or ".tab" => "tsv",
        ".xlsx" or ".xlsm" => "xlsx",
        ".parquet" or ".pq" => "parquet",
        ".jsonl" or ".ndjson" or ".json" => "jsonl",
        ".xls" => XlsFormat(bytes, Path.GetFileName(path)),
        _ => "csv",
    };

    /// <summary>
    /// What a file named <c>.xls</c> holds: an old binary workbook (or an encrypted one) is refused; an XLSX workbook is
    /// read as one; a web page (an HTML table, as many web systems' "export to Excel" writes) is refused; text, often
    /// tab-separated, is read as delimited text.
    /// </summary>
    private static string XlsFormat(byte[] bytes, string file)
    {
        if (XlsxRowReader.NotAWorkbook(bytes, file) is { } refusal)
        {
            throw refusal;
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return "xlsx";
        }

        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('<') && (head.Contains("<table", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InputException("is a web page (an HTML table) saved under an .xls name, not a workbook.", file, hint: "Open it in Excel and save it as .xlsx, or export the deals as CSV.");
        }

        return "csv";
    }

    private static DecodedText Decode(byte[] bytes, string file, DealMapping mapping)
    {
        var position = mapping.Positions.TryGetValue("encoding", out var p) ? p : (MappingPosition?)null;
        TextDecoding.RejectBinary(bytes, file);
        return TextDecoding.Choose(bytes, mapping.Encoding, file, mapping.File, position?.Line, position?.Column);
    }

    /// <summary>How many rows below the first the column names are looked for, when the first row holds no date or company column.</summary>
    private const int RowsSearchedForHeader = 10;

    /// <summary>
    /// A reader of the file at its column names: the first row, unless it names no date or company column and one of
    /// the next <see cref="RowsSearchedForHeader"/> rows does (a title or a note above the header, as Chinese exports and
    /// workbooks often have); the rows above are then skipped and reported.
    /// </summary>
    private static IRowReader OpenAtHeader(byte[] bytes, string file, string format, DecodedText? decoded, DealMapping mapping, LoadOptions options, IssueLog issues)
    {
        var reader = Open(bytes, file, format, decoded, mapping, options, issues, skip: 0);
        if (format is "jsonl" or "parquet" || ColumnResolver.FindsRequired(mapping, reader.Columns))
        {
            return reader;
        }

        using (reader)
        {
            // The rows looked at here are read again, and reported then: a delimited reader reports rows of another field
            // count as it reads, so a second one with a log of its own looks; a workbook reader reports nothing, and looks
            // itself (its workbook is not opened a third time).
            using var quiet = reader is XlsxRowReader ? null : Open(bytes, file, format, decoded, mapping, options, new IssueLog(file, strict: false), skip: 0);
            var probe = quiet ?? reader;
            for (var row = 1; row <= RowsSearchedForHeader && probe.Read(); row++)
            {
                var names = new string[probe.FieldCount];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = ByteOrderMarks.Remove(probe[i].ToString()).Trim();
                }

                if (ColumnResolver.FindsRequired(mapping, names))
                {
                    return Open(bytes, file, format, decoded, mapping, options, issues, skip: row);
                }
            }
        }

        return Open(bytes, file, format, decoded, mapping, options, issues, skip: 0);
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..79] + "…";
    }

    private static IRowReader Open(byte[] bytes, string file, string format, DecodedText? decoded, DealMapping mapping, LoadOptions options, IssueLog issues, int skip)
    {
        if (decoded is null)
        {
            return format == "parquet"
                ? new ParquetRowReader(bytes, file, options.Limits)
                : new XlsxRowReader(bytes, file, options.Sheet, options.Limits, skip);
        }

        // A .json export is JSON Lines or one array of objects; the array is read from its bytes, as UTF-8.
        string Head() => decoded.Encoding.GetString(bytes, decoded.Offset, Math.Min(bytes.Length - decoded.Offset, 65536));
        if (format == "jsonl" && JsonArrayElements.IsArray(Head()))
        {
            return decoded.Encoding is System.Text.UTF8Encoding
                ? new JsonLinesRowReader(bytes, decoded.Offset, file, decoded.Encoding, options.Limits)
                : new JsonLinesRowReader(System.Text.Encoding.UTF8.GetBytes(decoded.Encoding.GetString(bytes, decoded.Offset, bytes.Length - decoded.Offset)), 0, file, decoded.Encoding, options.Limits);
        }

        if (format == "jsonl")
        {
            var lines = new StreamReader(new MemoryStream(bytes, decoded.Offset, bytes.Length - decoded.Offset, writable: false), decoded.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            return new JsonLinesRowReader(lines, file, decoded.Encoding, options.Limits);
        }

        var delimiter = mapping.Delimiter ?? (format == "tsv" ? '\t' : DelimitedRowReader.DetectDelimiter(Head()));
        return new DelimitedRowReader(new BytesTextReader(bytes, decoded.Offset, decoded.Encoding), delimiter, format, decoded.Encoding, issues, options.Limits, skip);
    }
}
