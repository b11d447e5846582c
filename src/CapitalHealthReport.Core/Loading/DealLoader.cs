using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CapitalHealthReport.Content;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using ExcelDataReader;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Loads a deals export (CSV/TSV, XLSX or JSON Lines, optionally described by a mapping file) into a
/// canonical <see cref="DealSet"/>, reporting every row it cannot use. File-level problems (missing,
/// empty, binary, wrong encoding, missing columns) are <see cref="InputException"/>s.
/// </summary>
public static partial class DealLoader
{
    /// <summary>Largest deals file read (2 GB).</summary>
    public const long MaxFileBytes = ResourceLimits.FileBytesCeiling;

    /// <summary>The bundled sample deals among the library's embedded files (<c>data/sample/deals.csv</c>).</summary>
    public const string BundledSample = "data/sample/deals.csv";

    /// <summary>Loads <see cref="LoadOptions.DealsPath"/>, or the bundled sample when it is null.</summary>
    public static LoadResult Load(LoadOptions options, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DealsPath is null)
        {
            return Load(EmbeddedContent.Core.ReadAllBytes(BundledSample), Path.GetFileName(BundledSample), options, reference);
        }

        var path = Path.GetFullPath(options.DealsPath);
        return Load(ReadBytes(path, options.Limits), path, options, reference);
    }

    /// <summary>
    /// Loads a deals export already in memory (read from a stream, or made by the caller). <paramref name="sourceName"/>
    /// names it in diagnostics, and its extension decides the format unless the mapping names one.
    /// </summary>
    public static LoadResult Load(byte[] bytes, string sourceName, LoadOptions options, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var path = sourceName;
        var file = Path.GetFileName(path);
        options.Limits.CheckFileSize(bytes.Length, file);
        RejectEmpty(bytes, file);
        var mapping = options.MappingPath is null ? new DealMapping() : DealMapping.Load(options.MappingPath);
        var format = mapping.Format ?? FormatFromExtension(path);
        options.StageDone?.Invoke("read");

        // The file's hash is shown by reports and 'data validate' only: computed from these bytes when first asked for.
        var hash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(bytes)));

        var load = format switch
        {
            "xlsx" => LoadXlsx(bytes, file, options, mapping, reference),
            "jsonl" => LoadJsonLines(bytes, file, options, mapping, reference),
            _ => LoadDelimited(bytes, file, format, options, mapping, reference),
        };

        var issues = load.Mapper.Issues;
        issues.Sort(static (a, b) =>
        {
            var byLine = a.Line.CompareTo(b.Line);
            return byLine != 0 ? byLine : string.CompareOrdinal(a.Code, b.Code);
        });

        // Number format, implausible dates, duplicates, currencies and country: decided from every row at once.
        var (dealSet, statistics, reviewed, profile) = LoadReview.Run(load.Mapper, load.Statistics, issues, mapping, options, reference, file, load.EncodingReason);
        options.StageDone?.Invoke("order");
        var result = new LoadResult(dealSet, reviewed, statistics, path, hash, options.Strict) { Profile = profile };
        options.StageDone?.Invoke("issues");
        if (result.Statistics.RowsLoaded == 0 && !options.AllowEmpty)
        {
            result.EnsureUsable();
        }

        return result;
    }

    private sealed record Loaded(DealRowMapper Mapper, LoadStatistics Statistics, string EncodingReason = "");

    private static byte[] ReadBytes(string path, ResourceLimits limits)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a folder, not a deals file.", path, hint: "Pass the export file itself with --deals.");
        }

        if (!File.Exists(path))
        {
            throw new InputException("The deals file was not found.", path, hint: "Check the --deals path.");
        }

        var info = new FileInfo(path);
        limits.CheckFileSize(info.Length, path);
        return ParallelBytes.ReadAll(path);
    }

    private static void RejectEmpty(byte[] bytes, string path)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            throw new InputException("is empty.", Path.GetFileName(path), hint: "Export the deals again; the file holds no header and no rows.");
        }
    }

    private static string FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".tsv" or ".tab" => "tsv",
        ".xlsx" or ".xlsm" => "xlsx",
        ".parquet" or ".pq" => "parquet",
        ".jsonl" or ".ndjson" or ".json" => "jsonl",
        ".xls" => throw new InputException("is an old binary Excel (.xls) workbook.", Path.GetFileName(path), hint: "Save it as .xlsx or export it as CSV."),
        _ => "csv",
    };

    private static Loaded LoadDelimited(byte[] bytes, string file, string format, LoadOptions options, DealMapping mapping, ReferenceData reference)
    {
        var position = mapping.Positions.TryGetValue("encoding", out var p) ? p : (MappingPosition?)null;
        TextDecoding.RejectBinary(bytes, file);
        var decoded = TextDecoding.Choose(bytes, mapping.Encoding, file, mapping.File, position?.Line, position?.Column);

        var delimiter = mapping.Delimiter ?? (format == "tsv" ? '\t' : DelimitedReader.DetectDelimiter(
            decoded.Encoding.GetString(bytes, decoded.Offset, Math.Min(bytes.Length - decoded.Offset, 65536))));

        // Large files are read in parts, one per core, each by its own row mapper; the parts are then joined in
        // file order exactly as one reader would have produced them (see DealRowMapper.Absorb).
        var dataLength = bytes.Length - decoded.Offset;
        var parts = mapping.FillDown.Count > 0 ? 1 : (int)Math.Clamp(dataLength / Math.Max(1, options.ChunkBytes), 1, Math.Max(1, options.MaxChunks));
        var starts = parts > 1 && RecordBoundaries.CanSplit(decoded.Encoding, delimiter)
            ? RecordBoundaries.Find(bytes, decoded.Offset, bytes.Length, delimiter, parts)
            : [decoded.Offset];
        starts.Add(bytes.Length);

        var first = new DelimitedReader(Decode(bytes, starts[0], starts[1], decoded.Encoding), delimiter, file, options.Limits);
        if (!first.Read())
        {
            throw new InputException("is empty.", file, hint: "Export the deals again; the file holds no header and no rows.");
        }

        var headerLine = first.Line;
        var header = new string[first.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = first.Field(i).Trim().Trim('\uFEFF').ToString();
        }

        var columns = ResolveColumns(header, file, headerLine, mapping);
        var names = ColumnNames(header, columns);
        var chunkCount = starts.Count - 1;

        // With several parts, each counts its own rows; the row limit is checked on the total below.
        var partOptions = chunkCount == 1 ? options : options with { Limits = options.Limits with { MaxRows = int.MaxValue } };
        // The first part's mapper absorbs the others, so it is sized for the whole file.
        var mapper = new DealRowMapper(file, names, reference, mapping, partOptions, EstimateRows(bytes, dataLength, options.Limits.MaxRows));
        WarnInvalidBytes(mapper, decoded);
        if (columns[(int)CanonicalField.Amount] < 0)
        {
            mapper.Warn(DataIssueCodes.NoAmountColumn, headerLine, null, $"no amount column was found; every amount is undisclosed. Columns found: {string.Join(", ", header)}.");
        }

        // The physical line each part starts on: the line ends of the parts before it, counted once per part.
        var firstLines = new int[chunkCount];
        Parallel.For(1, chunkCount, k => firstLines[k] = RecordBoundaries.CountLineEnds(bytes.AsSpan(starts[k - 1], starts[k] - starts[k - 1])));
        firstLines[0] = 1;
        for (var k = 1; k < chunkCount; k++)
        {
            firstLines[k] += firstLines[k - 1];
        }

        options.StageDone?.Invoke("check");
        var outcomes = new PartOutcome[chunkCount];
        var mappers = new DealRowMapper[chunkCount];
        mappers[0] = mapper;
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = chunkCount }, k =>
        {
            try
            {
                if (k == 0)
                {
                    outcomes[0] = ReadRows(first, mapper, header.Length, columns, delimiter);
                    return;
                }

                var reader = new DelimitedReader(Decode(bytes, starts[k], starts[k + 1], decoded.Encoding), delimiter, file, options.Limits, firstLines[k]);
                mappers[k] = new DealRowMapper(file, names, reference, mapping, partOptions, EstimateRows(bytes, starts[k + 1] - starts[k], options.Limits.MaxRows));
                outcomes[k] = ReadRows(reader, mappers[k], header.Length, columns, delimiter);
            }
            catch (Exception ex)
            {
                // Kept and rethrown below, as it is, in file order: a part's failure never surfaces wrapped.
                outcomes[k] = new PartOutcome(false, 0, 0, ex);
            }
        });

        // The first failure in file order is the one a single reader would have met.
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            }
        }

        options.StageDone?.Invoke("parse");
        for (var k = 1; k < chunkCount; k++)
        {
            mapper.Absorb(mappers[k], last: k == chunkCount - 1);
        }

        options.StageDone?.Invoke("join");

        if (chunkCount > 1 && mapper.RowsRead > options.Limits.MaxRows)
        {
            // Read again in one part, which stops at the exact row and line over the limit.
            return LoadDelimited(bytes, file, format, options with { MaxChunks = 1 }, mapping, reference);
        }

        if (!outcomes.Any(o => o.Any))
        {
            throw new InputException("has a header but no data rows.", file, headerLine, hint: "Export the deals again with their rows.");
        }

        var skipped = outcomes.Sum(o => o.BlankLines + o.WhitespaceLines);
        return new Loaded(mapper, mapper.Statistics(skipped, decoded.InvalidLines.Count, format, decoded.Encoding.WebName, delimiter), decoded.Reason);
    }

    /// <summary>What one part of a delimited file held besides its rows.</summary>
    private readonly record struct PartOutcome(bool Any, int BlankLines, int WhitespaceLines, Exception? Error = null);

    private static StreamReader Decode(byte[] bytes, int from, int to, System.Text.Encoding encoding) =>
        new(new MemoryStream(bytes, from, to - from, writable: false), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    /// <summary>Maps every record of one part; a record whose field count differs from the header's is warned about.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PartOutcome ReadRows(DelimitedReader reader, DealRowMapper mapper, int headerLength, int[] columns, char delimiter)
    {
        var row = new DelimitedRowView(reader, columns);
        var any = false;
        var whitespaceLines = 0;
        while (reader.Read())
        {
            row.Line = reader.Line;
            if (reader.FieldCount != headerLength && !(reader.FieldCount == 1 && reader.Field(0).IsWhiteSpace()))
            {
                if (reader.FieldCount > headerLength)
                {
                    var extraEmpty = true;
                    for (var i = headerLength; i < reader.FieldCount; i++)
                    {
                        extraEmpty &= reader.Field(i).IsWhiteSpace();
                    }

                    if (!extraEmpty)
                    {
                        mapper.Warn(DataIssueCodes.ExtraFields, reader.Line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {reader.FieldCount} fields but the header has {headerLength}; the extra fields are ignored (a value with an unquoted '{Printable(delimiter)}'?)."));
                    }
                }
                else
                {
                    mapper.Warn(DataIssueCodes.MissingFields, reader.Line, null, string.Create(CultureInfo.InvariantCulture, $"the row has {reader.FieldCount} fields but the header has {headerLength}; the missing fields are empty."));
                }
            }

            if (reader.FieldCount == 1 && reader.Field(0).IsWhiteSpace())
            {
                whitespaceLines++;
                continue;
            }

            any = true;
            mapper.Map(row);
        }

        return new PartOutcome(any, reader.BlankLines, whitespaceLines);
    }

    /// <summary>Rows in <paramref name="length"/> bytes of the file, estimated from the line count of its first megabyte.</summary>
    /// <summary>About how many rows <paramref name="length"/> bytes hold, from the line density of the first megabyte; never more than the row limit allows.</summary>
    private static int EstimateRows(byte[] bytes, long length, int maxRows)
    {
        var sample = Math.Min(bytes.Length, 1 << 20);
        var lines = TextDecoding.CountLines(bytes.AsSpan(0, sample));
        return (int)Math.Min(Math.Min(50_000_000L, (long)maxRows + 1), (long)lines * length / Math.Max(1, sample));
    }

    private static string Printable(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();

    private static void WarnInvalidBytes(DealRowMapper mapper, DecodedText decoded)
    {
        foreach (var line in decoded.InvalidLines)
        {
            mapper.Warn(DataIssueCodes.InvalidBytes, line, null, $"the line holds bytes invalid in {decoded.Encoding.WebName}, read as U+FFFD; if the file uses another encoding, set 'encoding:' in a mapping file.");
        }
    }

    /// <summary>Finds the source column of each canonical field: the mapping's columns first, then canonical and common header names.</summary>
    private static int[] ResolveColumns(string[] header, string file, int headerLine, DealMapping mapping)
    {
        var columns = new int[CanonicalFields.Count];
        Array.Fill(columns, -1);
        var used = new bool[header.Length];
        foreach (var (fieldName, source) in mapping.Columns)
        {
            var field = CanonicalFields.FromName(fieldName)!.Value;
            var index = IndexOf(header, source, StringComparison.Ordinal);
            if (index < 0)
            {
                index = IndexOf(header, source, StringComparison.OrdinalIgnoreCase);
            }

            if (index < 0)
            {
                var at = mapping.Positions.GetValueOrDefault("columns." + fieldName);
                throw new InputException(
                    $"maps {fieldName} to the column '{source}', which {file} does not have. Columns found: {string.Join(", ", header)}.",
                    mapping.File,
                    at.Line,
                    at.Column,
                    "Correct the column name (it must match the header exactly).");
            }

            columns[(int)field] = index;
            used[index] = true;
        }


        var keys = header.Select(h => AliasKey.Of(h)).ToArray();
        for (var f = 0; f < CanonicalFields.Count; f++)
        {
            if (columns[f] >= 0)
            {
                continue;
            }

            foreach (var alias in CanonicalFields.HeaderAliases((CanonicalField)f))
            {
                var key = AliasKey.Of(alias);
                var index = Array.FindIndex(keys, k => k == key);
                if (index >= 0 && !used[index])
                {
                    columns[f] = index;
                    used[index] = true;
                    break;
                }
            }
        }

        columns = JoinedColumns.Resolve(header, file, mapping, columns);
        foreach (var required in new[] { CanonicalField.Date, CanonicalField.Company })
        {
            if (columns[(int)required] < 0)
            {
                var name = CanonicalFields.Name(required);
                throw new InputException(
                    $"has no '{name}' column (looked for {string.Join(", ", CanonicalFields.HeaderAliases(required))}). Columns found: {string.Join(", ", header)}.",
                    file,
                    headerLine,
                    hint: $"Write a mapping file with 'columns: {{ {name}: <your column> }}' and pass it with --mapping (see docs/data.md).");
            }
        }

        return columns;
    }

    private static int IndexOf(string[] header, string name, StringComparison comparison)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (string.Equals(header[i], name.Trim(), comparison))
            {
                return i;
            }
        }

        return -1;
    }

    private static string?[] ColumnNames(string[] header, int[] columns)
    {
        var names = new string?[CanonicalFields.Count];
        for (var f = 0; f < names.Length; f++)
        {
            var first = JoinedColumns.First(columns, f);
            names[f] = first >= 0 ? header[first] : null;
        }

        return names;
    }

    private sealed class DelimitedRowView(DelimitedReader reader, int[] columns) : RowView
    {
        public override ReadOnlySpan<char> Get(CanonicalField field)
        {
            var index = columns[(int)field];
            return index < 0 ? default : index >= JoinedColumns.Offset ? JoinedColumns.Join(columns, index, reader.FieldCount, i => reader.Field(i).ToString()) : reader.Field(index);
        }
    }

    private sealed class ArrayRowView(int[] columns) : RowView
    {
        public string?[] Values { get; set; } = [];

        public override ReadOnlySpan<char> Get(CanonicalField field)
        {
            var index = columns[(int)field];
            return index < 0 ? default
                : index >= JoinedColumns.Offset ? JoinedColumns.Join(columns, index, Values.Length, i => Values[i] ?? "")
                : index >= Values.Length ? default : Values[index].AsSpan();
        }
    }

    private static Loaded LoadXlsx(byte[] bytes, string file, LoadOptions options, DealMapping mapping, ReferenceData reference)
    {
        if (!bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            throw new InputException("is not an XLSX workbook (it is not a ZIP archive).", file, hint: "If it is a CSV export, give it the .csv extension or set 'format: csv' in the mapping; otherwise save it again from Excel as .xlsx.");
        }

        TextDecoding.EnsureRegistered();
        using var stream = new MemoryStream(bytes, writable: false);
        IExcelDataReader excel;
        try
        {
            excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception ex) when (ex is not InputException)
        {
            throw new InputException($"is not a readable XLSX workbook ({ex.Message}).", file, hint: "Save it again from Excel as .xlsx, or export it as CSV.");
        }

        using (excel)
        {
            try
            {
                return ReadSheet(excel, file, options, mapping, reference);
            }
            catch (Exception ex) when (ex is not InputException)
            {
                throw new InputException($"could not be read as an XLSX workbook ({ex.Message}).", file, hint: "Save it again from Excel as .xlsx, or export it as CSV.");
            }
        }
    }

    private static Loaded ReadSheet(IExcelDataReader excel, string file, LoadOptions options, DealMapping mapping, ReferenceData reference)
    {
        var names = new List<string>();
        var found = false;
        do
        {
            names.Add(excel.Name);
            if (options.Sheet is null || string.Equals(excel.Name, options.Sheet, StringComparison.OrdinalIgnoreCase))
            {
                found = true;
                break;
            }
        }
        while (excel.NextResult());

        if (!found)
        {
            throw new InputException($"has no sheet named '{options.Sheet}'. Sheets: {string.Join(", ", names)}.", file, hint: "Pass one of those names with --sheet.");
        }

        var sheet = excel.Name;
        var rowNumber = 0;
        string[]? header = null;
        while (header is null)
        {
            if (!excel.Read())
            {
                throw new InputException($"sheet '{sheet}' is empty.", file, hint: "Choose the sheet with the deals with --sheet.");
            }

            rowNumber++;
            var cells = Cells(excel);
            if (cells.Any(c => c.Length > 0))
            {
                header = [.. cells.Select(c => c.Trim())];
            }
        }

        var headerLine = rowNumber;
        var columns = ResolveColumns(header, file, headerLine, mapping);
        var mapper = new DealRowMapper(file, ColumnNames(header, columns), reference, mapping, options);
        if (columns[(int)CanonicalField.Amount] < 0)
        {
            mapper.Warn(DataIssueCodes.NoAmountColumn, headerLine, null, $"no amount column was found; every amount is undisclosed. Columns found: {string.Join(", ", header)}.");
        }

        var row = new ArrayRowView(columns);
        var blank = 0;
        var any = false;
        while (excel.Read())
        {
            rowNumber++;
            var cells = Cells(excel);
            if (cells.All(c => c.Length == 0))
            {
                blank++;
                continue;
            }

            any = true;
            row.Line = rowNumber;
            row.Values = cells;
            mapper.Map(row);
        }

        if (!any)
        {
            throw new InputException($"sheet '{sheet}' has a header but no data rows.", file, headerLine, hint: "Choose the sheet with the deals with --sheet.");
        }

        options.StageDone?.Invoke("parse");
        return new Loaded(mapper, mapper.Statistics(blank, 0, "xlsx", "", null));
    }

    private static string[] Cells(IExcelDataReader excel)
    {
        var cells = new string[excel.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = excel.GetValue(i) switch
            {
                null => "",
                string s => s,
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double d when Math.Abs(d) < 7.9e27 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
        }

        return cells;
    }

    private static Loaded LoadJsonLines(byte[] bytes, string file, LoadOptions options, DealMapping mapping, ReferenceData reference)
    {
        var position = mapping.Positions.TryGetValue("encoding", out var p) ? p : (MappingPosition?)null;
        TextDecoding.RejectBinary(bytes, file);
        var decoded = TextDecoding.Choose(bytes, mapping.Encoding, file, mapping.File, position?.Line, position?.Column);

        // JSON keys → canonical field: mapped keys first, then canonical and common names.
        var keyToField = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fieldName, source) in mapping.Columns)
        {
            keyToField[source] = (int)CanonicalFields.FromName(fieldName)!.Value;
        }

        var aliasToField = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = CanonicalFields.Count - 1; f >= 0; f--)
        {
            if (mapping.Columns.ContainsKey(CanonicalFields.Name((CanonicalField)f)))
            {
                continue;
            }

            foreach (var alias in CanonicalFields.HeaderAliases((CanonicalField)f).Reverse())
            {
                aliasToField[AliasKey.Of(alias)] = f;
            }
        }

        var identity = Enumerable.Range(0, CanonicalFields.Count).ToArray();
        var names = new string?[CanonicalFields.Count];
        foreach (var (fieldName, source) in mapping.Columns)
        {
            names[(int)CanonicalFields.FromName(fieldName)!.Value] = source;
        }

        var mapper = new DealRowMapper(file, names, reference, mapping, options);
        WarnInvalidBytes(mapper, decoded);
        var row = new ArrayRowView(identity);
        using var stream = new MemoryStream(bytes, decoded.Offset, bytes.Length - decoded.Offset, writable: false);
        using var text = new StreamReader(stream, decoded.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var lineNumber = 0;
        var blank = 0;
        var checkedRequired = false;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                blank++;
                continue;
            }

            if (line.Length > DelimitedReader.MaxFieldLength * 4)
            {
                throw new InputException("holds a line longer than 4 MB.", file, lineNumber, hint: "JSON Lines files hold one deal object per line.");
            }

            var values = new string?[CanonicalFields.Count];
            var keys = new List<string>();
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    mapper.RejectRow(lineNumber, DataIssueCodes.RowMalformed, null, $"the line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.");
                    continue;
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    keys.Add(property.Name);
                    if (!keyToField.TryGetValue(property.Name, out var field) && !aliasToField.TryGetValue(AliasKey.Of(property.Name), out field))
                    {
                        continue;
                    }

                    if (values[field] is not null)
                    {
                        continue;
                    }

                    values[field] = JsonText(property.Value);
                    names[field] ??= property.Name;
                }
            }
            catch (JsonException ex)
            {
                mapper.RejectRow(lineNumber, DataIssueCodes.RowMalformed, null, $"the line is not valid JSON ({ex.Message}).");
                continue;
            }

            if (!checkedRequired)
            {
                checkedRequired = true;
                foreach (var required in new[] { CanonicalField.Date, CanonicalField.Company })
                {
                    if (values[(int)required] is null)
                    {
                        var name = CanonicalFields.Name(required);
                        throw new InputException(
                            $"has no '{name}' key in its first object (looked for {string.Join(", ", CanonicalFields.HeaderAliases(required))}). Keys found: {string.Join(", ", keys)}.",
                            file,
                            lineNumber,
                            hint: $"Write a mapping file with 'columns: {{ {name}: <your key> }}' and pass it with --mapping.");
                    }
                }
            }

            row.Line = lineNumber;
            row.Values = values;
            mapper.Map(row);
        }

        if (mapper.RowsRead == 0)
        {
            throw new InputException("holds no JSON objects.", file, hint: "JSON Lines files hold one deal object per line.");
        }

        options.StageDone?.Invoke("parse");
        return new Loaded(mapper, mapper.Statistics(blank, decoded.InvalidLines.Count, "jsonl", decoded.Encoding.WebName, null), decoded.Reason);
    }

    /// <summary>A JSON string's text; a lone surrogate escape (<c>\ud800</c>, not valid UTF-16) becomes U+FFFD instead of failing the load.</summary>
    private static string JsonString(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            var raw = SurrogateEscape().Replace(value.GetRawText(), "\\uFFFD");
            return JsonSerializer.Deserialize<string>(raw) ?? "";
        }
    }

    [GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogateEscape();

    private static string JsonText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonString(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join(";", value.EnumerateArray().Select(JsonText)),
        _ => value.GetRawText(),
    };
}
