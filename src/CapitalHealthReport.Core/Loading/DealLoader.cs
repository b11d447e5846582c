using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CapitalHealthReport.Content;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Loads a deals export (CSV/TSV, XLSX, JSON Lines or Parquet, optionally described by a mapping file) into a
/// canonical <see cref="DealSet"/>, reporting every row it cannot use: the file is read into memory within the
/// limits, a reader for its format (<see cref="IRowReader"/>) splits it into rows of fields, one
/// <see cref="DealRowMapper"/> maps them, and <see cref="LoadReview"/> decides what needs every row (the amount
/// column's number format, implausible dates, the <see cref="DataProfile"/>). File-level problems (missing, empty,
/// binary, wrong encoding, missing columns) are <see cref="InputException"/>s.
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
        ArgumentNullException.ThrowIfNull(reference);
        return Load(options, () => reference);
    }

    /// <summary>
    /// Loads <see cref="LoadOptions.DealsPath"/>, or the bundled sample when it is null, asking for the reference tables
    /// only once the file is read: a caller can read them on another thread beside the file.
    /// </summary>
    public static LoadResult Load(LoadOptions options, Func<ReferenceData> reference)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reference);
        if (options.DealsPath is null)
        {
            return Load(EmbeddedContent.Core.ReadAllBytes(BundledSample), Path.GetFileName(BundledSample), options, reference());
        }

        var path = Path.GetFullPath(options.DealsPath);
        var bytes = DealFileBytes.Read(path, options.Limits);
        return Load(bytes, path, options, reference());
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
        DealFileBytes.RejectEmpty(bytes, file);
        var mapping = options.MappingPath is null ? new DealMapping() : DealMapping.Load(options.MappingPath);
        CheckCurrency(mapping, reference.Fx);
        var format = mapping.Format ?? FormatOf(path, bytes);
        if (options.Sheet is not null && format != "xlsx")
        {
            throw new InputException(SettingText.Of($"{Settings.Sheet} names a sheet of an XLSX workbook, and this is a {format} file."), file, hint: SettingText.Of($"Leave out {Settings.Sheet}, or give the workbook."));
        }

        options.StageDone?.Invoke("read");

        // The file's hash (shown by reports and 'data validate') is computed beside the parse, so that the bytes are not
        // kept for it after loading: they are the largest single allocation of a run. Commands that never show it skip it.
        var hashing = options.HashInput ? Task.Run(() => Convert.ToHexStringLower(SHA256.HashData(bytes))) : null;
        var hash = hashing is null
            ? new Lazy<string>(static () => throw new InvalidOperationException("The input's SHA-256 was not computed: the load ran with HashInput off."))
            : new Lazy<string>(() => hashing.GetAwaiter().GetResult());
        var (first, withoutRate) = Read(bytes, path, file, format, mapping, options, reference, hash, null, 1);
        SecondReading? again = null;
        if (first.ReadAgainIn is { } dateOrder)
        {
            // Some dates can only be read day first (23/02/2024) and none only month first, or the reverse: the column is
            // in that order, and the file is read again in it, the dates that read either way (03/02/2024) included.
            again = new SecondReading(dateOrder, null);
            (first, withoutRate) = Read(bytes, path, file, format, mapping, options, reference, hash, again, 2);
        }

        var result = first.Result!;

        if (withoutRate.Count == 1 && withoutRate.First() is var only && only != UnknownCurrencyCode.Krona && result.Profile.Currencies.Keys.All(c => (result.Profile.CurrencyAssumedDeals > 0 && c == result.Profile.AssumedCurrency) || c == only))
        {
            // Every amount that names a currency names one the exchange-rate table has no rate for: the export is read in
            // it (its figures need no conversion), unless reading it so still leaves deals in another currency.
            var (inIt, _) = Read(bytes, path, file, format, mapping, options, reference, hash, new SecondReading(again?.DateOrder, only), again is null ? 2 : 3);
            if (inIt.Result!.Profile.Currencies.Keys.All(c => c == only))
            {
                result = inIt.Result;
            }
        }

        if (result.Statistics.RowsLoaded == 0 && !options.AllowEmpty)
        {
            result.EnsureUsable();
        }

        return result;
    }

    /// <summary>
    /// Reads the rows of a file once, or again by what the first reading decided (<paramref name="again"/>: the order of
    /// day and month, the currency without an exchange rate whose deals are read rather than rejected), the
    /// <paramref name="reading"/>th time. Returns the result and the currencies rows were rejected for having no rate;
    /// or, when the first reading finds the order of day and month from the dates (and no <c>date_format</c> is set),
    /// only that order, to read the file again in: the review of rows read in the wrong order would be thrown away.
    /// </summary>
    private static (Reading Reading, IReadOnlySet<string> WithoutRate) Read(byte[] bytes, string path, string file, string format, DealMapping mapping, LoadOptions options, ReferenceData reference, Lazy<string> hash, SecondReading? again, int reading)
    {
        // The stages of a reading after the first are numbered (parse 2), so that a run's timings tell the readings apart.
        void Done(string stage) => options.StageDone?.Invoke(reading == 1 ? stage : string.Create(CultureInfo.InvariantCulture, $"{stage} {reading}"));

        var issues = new IssueLog(file, options.Strict);
        var decoded = format is "xlsx" or "parquet" ? null : Decode(bytes, file, mapping);
        using var reader = OpenAtHeader(bytes, file, format, decoded, mapping, options, issues);
        foreach (var (line, text) in reader.AboveHeader)
        {
            issues.Warn(DataIssueCodes.RowAboveHeader, line, null, $"skipped as a title or a note above the column names (line {reader.HeaderLine}): '{Shorten(text)}'.");
        }

        foreach (var line in decoded?.InvalidLines ?? [])
        {
            issues.Warn(DataIssueCodes.InvalidBytes, line, null, $"the line holds bytes invalid in {decoded!.Encoding.WebName}, read as U+FFFD; if the file uses another encoding, set 'encoding:' in a mapping file.");
        }

        Done("check");
        var resolver = new ColumnResolver(mapping);
        // Only UTF-8 is searched for the mark's bytes (a search over the whole file takes milliseconds); other encodings and
        // the typed formats are read cell by cell.
        var mapper = new DealRowMapper(issues, resolver, reference, mapping, options, again)
        {
            TextMayHoldMarks = decoded is not { Encoding: UTF8Encoding } || bytes.AsSpan(decoded.Offset).IndexOf("\uFEFF"u8) >= 0,
        };
        var collector = new DealCollector(file, reference, EstimateRows(bytes, options.Limits.MaxRows), mapping.Dedupe == DedupeMode.Exact);
        MapRows(reader, file, resolver, mapper, collector, issues);
        Done("parse");
        if (again is null && mapping.DateFormats.Count == 0 && mapper.DateOrder.Decided != DayMonthOrder.Unknown)
        {
            return (new Reading(null, mapper.DateOrder), mapper.CurrenciesWithoutRate);
        }

        if (again?.DateOrder is { DecidingLine: { } decidingLine } dateOrder)
        {
            issues.Warn(DataIssueCodes.DateOrderFromValues, decidingLine, mapper.DateColumn(reader.Columns), dateOrder.Describe());
        }

        var table = collector.Table();
        mapper.DecideRegionCodes(table);
        mapper.DecideStateCodes(table);

        // The canonical order reads only dates and ids (and of the flags, only whether a row has an id), which the review
        // leaves alone: the two run side by side.
        var ordering = table.Count >= ParallelOrderRows ? Task.Run(() => new DealSet(table)) : null;
        var profile = LoadReview.Run(table, mapper, collector, issues, reader.Columns, mapping, options, reference, decoded?.Reason ?? "");
        var statistics = mapper.Statistics(reader, decoded?.InvalidLines.Count ?? 0, table);
        Done("review");
        var deals = ordering?.GetAwaiter().GetResult() ?? new DealSet(table);
        Done("order");

        var result = new LoadResult(deals, issues.Sorted(), statistics, path, hash, options.Strict) { Profile = profile, Mapping = mapping };
        Done("issues");
        return (new Reading(result, null), mapper.CurrenciesWithoutRate);
    }

    /// <summary>What one reading gave: the result, or the order of day and month to read the file again in.</summary>
    private sealed record Reading(LoadResult? Result, DateOrderEvidence? ReadAgainIn);

    /// <summary>
    /// Refuses a mapping's <c>currency:</c> that is no country's currency and that the exchange-rate table has no rate
    /// for, at its key: every deal naming no currency would otherwise be rejected one by one. A country's currency without
    /// a rate (<c>COP</c>) is accepted: an export whose every amount is in it is read and reported in it.
    /// </summary>
    private static void CheckCurrency(DealMapping mapping, FxTable fx)
    {
        if (mapping.Currency is not { } currency || fx.Supports(currency) || CountryNames.IsCurrency(currency))
        {
            return;
        }

        var at = mapping.Positions.TryGetValue("currency", out var p) ? p : (MappingPosition?)null;
        throw new InputException(
            $"'currency: {currency}' is not a currency the exchange-rate table (fx.csv) has rates for.",
            mapping.File.Length == 0 ? null : mapping.File,
            at?.Line,
            at?.Column,
            $"Use one of {string.Join(", ", fx.Currencies)}, or add the currency's rates to fx.csv.");
    }

    /// <summary>From how many rows the canonical order is worked out beside the review rather than after it.</summary>
    private const int ParallelOrderRows = 100_000;

    /// <summary>
    /// Maps every row of <paramref name="reader"/> and collects the deals, matching its columns to fields first (for
    /// JSON Lines, at its first object and as new keys appear). Large files are mapped and collected on two threads,
    /// in batches handed from one to the other in file order.
    /// </summary>
    private static void MapRows(IRowReader reader, string file, ColumnResolver resolver, DealRowMapper mapper, DealCollector collector, IssueLog issues)
    {
        var json = reader as JsonLinesRowReader;
        var keys = json is not null;
        if (json is not null)
        {
            // Exporters leave out a key whose value is null: the keys of the first objects are matched together.
            json.ReadKeysAhead(MappedRows.Capacity, KeysAheadChars);
            resolver.Match(reader.Columns);
        }
        else
        {
            resolver.Match(reader.Columns);
            try
            {
                resolver.Require(reader.Columns, file, reader.HeaderLine);
            }
            catch (InputException ex) when (reader is XlsxRowReader { Sheets.Count: > 1 } workbook)
            {
                // The deals are often on another sheet than the first (a cover, notes, a summary): name them.
                var others = workbook.Sheets.Where(n => n != workbook.Sheet);
                throw new InputException(
                    SettingText.Of($"sheet '{workbook.Sheet}' {ex.ReasonText}"),
                    ex.File,
                    ex.Line,
                    ex.Column,
                    SettingText.Of($"If the deals are on another sheet ({string.Join(", ", others)}), name it with {Settings.Sheet}. {ex.HintText}"),
                    ex);
            }
            if (resolver.Columns[(int)CanonicalField.Amount] < 0)
            {
                issues.Warn(DataIssueCodes.NoAmountColumn, reader.HeaderLine, null, $"no amount column was found; every amount is undisclosed. Columns found: {string.Join(", ", reader.Columns)}. If one of them holds the amounts, name it under 'columns:' in a mapping file given with --mapping, such as 'columns: {{ amount: \"{reader.Columns[^1]}\" }}' (see docs/data.md).");
            }

            WarnRepeatedColumns(reader, resolver, issues);
            if (reader is ParquetRowReader parquet)
            {
                var used = UsedColumns(resolver).ToList();
                parquet.RefuseNested(used);
                parquet.ReadOnly(used.Select(static u => u.Column));
            }
        }

        var unnamed = keys ? null : new UnnamedColumns(reader.Columns, reader is XlsxRowReader, reader.HeaderLine);
        var started = !keys;
        var lateRegionSaid = false;
        bool Fill(MappedRows batch)
        {
            while (!batch.IsFull)
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (json is not null && reader.Unreadable is null)
                {
                    resolver.Match(reader.Columns);
                    if (!started)
                    {
                        resolver.Require(reader.Columns, file, reader.Line, Math.Max(json.ObjectsAhead, 1));
                        started = true;
                    }

                    if (resolver.LateRegionKey is { } late && !lateRegionSaid)
                    {
                        issues.Warn(DataIssueCodes.LateRegionKey, reader.Line, late, LateRegionMessage(late, json.ObjectsAhead, resolver.Name(CanonicalField.Country, reader.Columns)));
                        lateRegionSaid = true;
                    }
                }

                unnamed?.See(reader);
                mapper.Map(reader, batch);
            }

            return true;
        }

        // A file of more than one batch is mapped on a worker while this thread collects.
        var first = new MappedRows();
        if (Fill(first))
        {
            Pipeline(first, Fill, collector);
        }
        else
        {
            collector.Collect(first);
        }

        if (mapper.RowsRead == 0)
        {
            throw reader switch
            {
                JsonLinesRowReader => new InputException("holds no JSON objects.", file, hint: "A JSON export holds one deal object per line (JSON Lines) or one array of deal objects."),
                XlsxRowReader xlsx => new InputException($"sheet '{xlsx.Sheet}' has a header but no data rows.", file, reader.HeaderLine, hint: SettingText.Of($"Choose the sheet with the deals with {Settings.Sheet}.")),
                _ => new InputException("has a header but no data rows.", file, reader.HeaderLine, hint: "Export the deals again with their rows."),
            };
        }

        if (keys)
        {
            resolver.RequireMappedKeys(reader.Columns, file);
            if (resolver.Columns[(int)CanonicalField.Amount] < 0)
            {
                issues.Warn(DataIssueCodes.NoAmountColumn, reader.HeaderLine, null, $"no object holds an amount key; every amount is undisclosed (a nested amount is named by its path in a mapping, such as 'amount: money.value'). Keys found: {string.Join(", ", reader.Columns)}.");
            }
        }

        unnamed?.Report(issues);
        collector.CorrectLabelCounts();
        collector.Report(issues, resolver.Name(CanonicalField.Id, reader.Columns) ?? CanonicalFields.Name(CanonicalField.Id));
    }

    /// <summary>How much of a JSON export's first objects is read ahead for their keys, at most (characters).</summary>
    private const long KeysAheadChars = 16L << 20;

    private static string LateRegionMessage(string key, int objectsAhead, string? country) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"key '{key}' first appears on this line, after the first {objectsAhead:N0} objects, which have a country key ('{country}') and no region key: their countries were taken as the deals' regions, and '{key}' is not read. To read it as the region, name it in a mapping file given with --mapping: 'columns: {{ region: \"{key}\" }}' (see docs/data.md).");

    /// <summary>The columns the fields are read from, with the name of the field each is read as.</summary>
    private static IEnumerable<(string Field, int Column)> UsedColumns(ColumnResolver resolver)
    {
        foreach (var field in Enum.GetValues<CanonicalField>())
        {
            foreach (var column in resolver.Joined[(int)field] ?? [resolver.Columns[(int)field]])
            {
                if (column >= 0)
                {
                    yield return (CanonicalFields.Name(field), column);
                }
            }
        }
    }

    /// <summary>Warns when a column read for a field shares its name with another column: the first of them is read, and the file does not say which was meant.</summary>
    private static void WarnRepeatedColumns(IRowReader reader, ColumnResolver resolver, IssueLog issues)
    {
        var columns = reader.Columns;
        foreach (var field in Enum.GetValues<CanonicalField>())
        {
            if (resolver.Columns[(int)field] is var used and >= 0)
            {
                var others = Enumerable.Range(0, columns.Count).Where(i => i != used && string.Equals(columns[i], columns[used], StringComparison.OrdinalIgnoreCase)).ToList();
                if (others.Count > 0)
                {
                    var at = string.Join(" and ", others.Select(static i => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    issues.Warn(DataIssueCodes.RepeatedColumn, reader.HeaderLine, columns[used], $"the header names '{columns[used]}' more than once (columns {used + 1} and {at}); the {CanonicalFields.Name(field)} is read from column {used + 1}. Rename the others, or name the column to read in a mapping.");
                }
            }
        }
    }

    /// <summary>Maps batches on a worker while this thread collects them; the worker's failure is rethrown as it is.</summary>
    private static void Pipeline(MappedRows first, Func<MappedRows, bool> fill, DealCollector collector)
    {
        using var full = new BlockingCollection<MappedRows>(boundedCapacity: 4);
        using var free = new BlockingCollection<MappedRows>();
        using var stop = new CancellationTokenSource();
        for (var k = 0; k < 5; k++)
        {
            free.Add(new MappedRows());
        }

        var mapping = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    for (var more = true; more;)
                    {
                        var batch = free.Take(stop.Token);
                        more = fill(batch);
                        full.Add(batch, stop.Token);
                    }
                }
                finally
                {
                    full.CompleteAdding();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            collector.Collect(first);
            foreach (var batch in full.GetConsumingEnumerable())
            {
                collector.Collect(batch);
                batch.Clear();
                free.Add(batch);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        mapping.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The field delimiter of delimited text, guessed from the first line that holds one: the most frequent of
    /// <c>, ; \t |</c> outside quotes (ties in that order), as a load without <c>delimiter:</c> guesses it.
    /// </summary>
    public static char DetectDelimiter(ReadOnlySpan<char> text) => DelimitedRowReader.DetectDelimiter(text);

    /// <summary>About how many rows the file holds, from the line density of its first megabyte; never more than the row limit allows.</summary>
    private static int EstimateRows(byte[] bytes, int maxRows)
    {
        var sample = Math.Min(bytes.Length, 1 << 20);
        var lines = TextDecoding.CountLines(bytes.AsSpan(0, sample));
        return (int)Math.Min(Math.Min(50_000_000L, (long)maxRows + 1), (long)lines * bytes.Length / Math.Max(1, sample));
    }
}
