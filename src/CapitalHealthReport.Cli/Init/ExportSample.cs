using System.Globalization;
using System.Text.Json;
using CapitalHealthReport.Loading;
using nietras.SeparatedValues;

namespace CapitalHealthReport.Cli.Init;

/// <summary>
/// The head of a deals export, as <c>init</c> reads it to guess a mapping: the format, the text encoding, the delimiter,
/// the column names and up to <see cref="MaxRows"/> rows of values. Reads at most <see cref="MaxBytes"/> bytes.
/// </summary>
internal sealed class ExportSample
{
    public const int MaxRows = 2000;
    public const int MaxBytes = 4 * 1024 * 1024;

    private ExportSample(string format, string encoding, char? delimiter, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int invalidLines)
    {
        Format = format;
        Encoding = encoding;
        Delimiter = delimiter;
        Columns = columns;
        Rows = rows;
        LinesWithInvalidBytes = invalidLines;
    }

    /// <summary><c>csv</c>, <c>tsv</c>, <c>xlsx</c>, <c>jsonl</c> or <c>parquet</c>.</summary>
    public string Format { get; }

    /// <summary>The encoding name for the mapping, chosen as the loader's <c>encoding: auto</c> chooses it (<see cref="TextHead"/>); empty for a workbook.</summary>
    public string Encoding { get; }

    public char? Delimiter { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The workbook sheet read when <c>--sheet</c> named one; null for the first sheet and for text exports.</summary>
    public string? Sheet { get; private init; }

    /// <summary>True for a JSON export holding one array of objects rather than one object per line.</summary>
    public bool JsonArray { get; private init; }

    /// <summary>The line of the header row: 1 unless a title or a note stands above it.</summary>
    public int HeaderLine { get; private init; } = 1;

    /// <summary>Lines of the sample holding bytes invalid in <see cref="Encoding"/> (kept as U+FFFD and reported when the file is read).</summary>
    public int LinesWithInvalidBytes { get; }

    /// <summary>The values of one column in the sample rows (empty cells left out).</summary>
    public IEnumerable<string> Values(int column) =>
        Rows.Where(r => column < r.Length).Select(r => r[column].Trim()).Where(v => v.Length > 0);

    /// <summary>Reads the head of <paramref name="path"/>; of a workbook, the sheet <paramref name="sheet"/> names (the first when null).</summary>
    /// <exception cref="InputException">The file does not exist, is empty, or is not a delimited or JSON Lines export.</exception>
    public static ExportSample Read(string path, string? sheet = null)
    {
        if (!File.Exists(path))
        {
            throw new InputException("the deals file does not exist.", path, hint: "Check --deals.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".parquet")
        {
            return Parquet(path);
        }

        if (extension is ".xlsx" or ".xlsm")
        {
            return Workbook(path, sheet);
        }

        var bytes = Head(path);
        if (bytes.Length == 0)
        {
            throw new InputException("the deals file is empty.", path);
        }

        // A file named .xls is read as the loader reads it: an XLSX workbook or text (often tab-separated) under that
        // name is read; an old binary or encrypted workbook, or a web page, is refused with what to do.
        if (extension is ".xls" && DealLoader.FormatOf(path, bytes) == "xlsx")
        {
            return Workbook(path, sheet);
        }

        var (encoding, text, invalid, _) = TextHead.Decode(bytes, cutOff: bytes.Length == MaxBytes);

        if (extension is ".json" or ".jsonl" or ".ndjson" && JsonArrayHead.IsArray(text))
        {
            return JsonObjects(JsonArrayHead.Read(text, path, MaxRows), array: true, encoding, invalid, path);
        }

        return extension is ".jsonl" or ".ndjson" || text.TrimStart().StartsWith('{')
            ? JsonObjects(text.Split('\n').Select(static (line, i) => (i + 1, line)), array: false, encoding, invalid, path)
            : Delimited(text, encoding, invalid, extension == ".tsv" ? '\t' : null, path);
    }

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(MaxBytes, Math.Max(0, stream.Length))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return buffer[..read];
    }

    /// <summary>A sheet of a workbook (the first unless <paramref name="sheet"/> names one), its header found as in delimited text (a title row above it is skipped).</summary>
    private static ExportSample Workbook(string path, string? sheet)
    {
        var records = WorkbookHead.Read(File.ReadAllBytes(path), Path.GetFileName(path), sheet, MaxRows + HeaderSearch + 1).ToList();
        var header = HeaderIndex(records);
        var columns = records[header].Cells.Select(static c => c.Trim()).ToArray();
        if (columns.Count(static c => c.Length > 0) < 2)
        {
            throw new InputException($"{(sheet is null ? "the first sheet's" : $"the sheet '{sheet}''s")} first rows have fewer than two named columns; init needs a header row with column names.", path,
                hint: "Name the sheet that holds the deals with --sheet, or write the mapping by hand (docs/data.md).");
        }

        var rows = records.Skip(header + 1).Take(MaxRows).Select(static r => r.Cells).ToList();
        return new ExportSample("xlsx", "", null, columns, rows, 0) { HeaderLine = records[header].Line, Sheet = sheet };
    }

    /// <summary>A Parquet file: its schema names the columns, so no header is searched for.</summary>
    private static ExportSample Parquet(string path)
    {
        var records = ParquetHead.Read(File.ReadAllBytes(path), Path.GetFileName(path), MaxRows + 1);
        var columns = records[0].Cells.Select(static c => c.Trim()).ToArray();
        if (columns.Count(static c => c.Length > 0) < 2)
        {
            throw new InputException("the file has fewer than two columns; init needs the deals' date and company at least.", path,
                hint: "Check that the file holds the deals, or write the mapping by hand (docs/data.md).");
        }

        return new ExportSample("parquet", "", null, columns, [.. records.Skip(1).Select(static r => r.Cells)], 0);
    }

    private static ExportSample Delimited(string text, string encoding, int invalid, char? delimiter, string path)
    {
        var separator = delimiter ?? DealLoader.DetectDelimiter(text);
        var records = new List<(int Line, string[] Cells)>();
        using (var reader = Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).FromText(text))
        {
            foreach (var row in reader)
            {
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                if (cells.Any(static c => !string.IsNullOrWhiteSpace(c)))
                {
                    records.Add((row.RowIndex == 0 ? 1 : row.LineNumberFrom, cells));
                }

                if (records.Count > MaxRows + HeaderSearch)
                {
                    break;
                }
            }
        }

        var header = HeaderIndex(records);
        string[] columns = header < 0 ? [] : [.. records[header].Cells.Select(static c => c.Trim())];
        if (columns.Length < 2)
        {
            throw new InputException("the first line has fewer than two columns; init needs a header row with column names.", path,
                hint: "Check that the file is a CSV or TSV export with one header row.");
        }

        var rows = records.Skip(header + 1).Take(MaxRows).Select(static r => r.Cells).ToList();
        return new ExportSample(separator == '\t' ? "tsv" : "csv", encoding, separator, columns, rows, invalid)
        {
            HeaderLine = records[header].Line,
        };
    }

    /// <summary>How many rows below the first the header row is looked for.</summary>
    private const int HeaderSearch = 10;

    /// <summary>
    /// The header among the first rows: the first whose named cells are at least four fifths of the most any of those
    /// rows has (a title or a unit line above the header names one or two cells); -1 when there are no rows.
    /// </summary>
    private static int HeaderIndex(List<(int Line, string[] Cells)> records)
    {
        static int Named(string[] cells) => cells.Count(static c => !string.IsNullOrWhiteSpace(c));
        var head = records.Take(HeaderSearch + 1).ToList();
        if (head.Count == 0)
        {
            return -1;
        }

        var widest = head.Max(r => Named(r.Cells));
        return Math.Max(0, head.FindIndex(r => Named(r.Cells) >= Math.Max(2, 0.8 * widest)));
    }

    /// <summary>The objects of a JSON Lines export (one a line) or of one JSON array (one an element).</summary>
    private static ExportSample JsonObjects(IEnumerable<(int Line, string Text)> objects, bool array, string encoding, int invalid, string path)
    {
        var columns = new List<string>();
        var records = new List<Dictionary<string, string>>();
        foreach (var (number, line) in objects)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var record = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, value) in Loading.JsonLinesFields.Read(json.RootElement))
                {
                    if (!columns.Contains(name, StringComparer.Ordinal))
                    {
                        columns.Add(name);
                    }

                    record[name] = value;
                }

                records.Add(record);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw new InputException($"the {(array ? "element" : "line")} is not a JSON object.", path, number, hint: "A JSON export holds one deal object per line (JSON Lines) or one array of deal objects.");
            }

            if (records.Count >= MaxRows)
            {
                break;
            }
        }

        var rows = records.Select(r => columns.Select(c => r.GetValueOrDefault(c, "")).ToArray()).ToList();
        return new ExportSample("jsonl", encoding, null, columns, rows, invalid) { JsonArray = array };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format} {Encoding} {Columns.Count} columns {Rows.Count} rows");
}
