using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Text;

namespace CapitalHealthReport.Cli.Commands;

/// <summary><c>capital-health data validate</c>: loads a deals file and reports what was read, rejected and left unmapped.</summary>
internal static class DataCommand
{
    /// <summary>How many issues the text report lists (JSON lists them all).</summary>
    public const int TextIssueLimit = 200;

    public static Command Create()
    {
        var data = new Command("data", "Inspect deals files.");
        data.Subcommands.Add(CreateValidate());
        return data;
    }

    private static Command CreateValidate()
    {
        var strict = new Option<bool>("--strict") { Description = "Treat every rejected row as an error (exit code 2)." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", HelpName = "text|json", DefaultValueFactory = _ => "text" };

        var command = new Command("validate", "Load a deals file and report rows read, loaded and rejected (with reasons and lines), undisclosed and estimated amounts, the date range and unmapped values. Exit 0 when rows loaded, 2 when nothing is usable or, with --strict, any row was rejected.");
        var input = DealInputOptions.ForLoading().AddTo(command);
        command.Options.Add(strict);
        command.Options.Add(format);
        var limits = LimitOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var formatValue = parseResult.GetValue(format) ?? "text";
            if (formatValue is not ("text" or "json"))
            {
                throw new InputException($"--format '{formatValue}' is not a format of data validate; use text or json.");
            }

            var options = input.Read(parseResult).ToAnalysisOptions(limits.Read(parseResult)) with { Strict = parseResult.GetValue(strict) };
            var analysis = Analysis.Run(options);
            var result = analysis.Load;
            if (formatValue == "json")
            {
                WriteJson(analysis, output);
            }
            else
            {
                WriteText(analysis, output);
            }

            if (result.Statistics.RowsLoaded == 0)
            {
                error.WriteLine($"error: {result.SourceName}: no usable rows ({result.Statistics.RowsRead.ToString(CultureInfo.InvariantCulture)} read, all rejected).{(result.EncodingHint is { } encoding ? " " + encoding.Render(Wording.CommandLine) : "")}");
                return ExitCodes.InvalidInput;
            }

            if (result.LastPlausibleDate is null)
            {
                error.WriteLine($"error: {result.SourceName}: every deal's date is implausible (listed above), so no deal can be analysed; correct the dates or --as-of.");
                return ExitCodes.InvalidInput;
            }

            if (result.StrictFailed)
            {
                error.WriteLine($"error: {result.SourceName}: {result.Statistics.RowsRejected.ToString(CultureInfo.InvariantCulture)} rows rejected (--strict).");
                return ExitCodes.InvalidInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static void WriteText(Analysis analysis, TextWriter output)
    {
        var result = analysis.Load;
        var s = result.Statistics;
        var text = new StringBuilder();
        var delimiter = s.Delimiter switch
        {
            null => "",
            '\t' => ", tab-delimited",
            var d => $", delimiter '{d}'",
        };
        var encoding = s.Encoding.Length == 0 ? "" : $", {s.Encoding}";
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.SourceName} ({s.Format}{encoding}{delimiter}) sha256 {result.Sha256}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  rows read            {N(s.RowsRead)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  rows loaded          {N(s.RowsLoaded)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  rows rejected        {N(s.RowsRejected)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  undisclosed amounts  {N(s.Undisclosed)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  estimated amounts    {N(s.Estimated)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  date range           {(s.FirstDate is { } first && s.LastDate is { } last ? $"{first:yyyy-MM-dd} .. {last:yyyy-MM-dd}" : "none")}");
        if (s.BlankLines > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  blank rows skipped   {N(s.BlankLines)} (empty lines and rows of empty cells)");
        }

        DataProfileReport.WriteSummary(text, result);
        if (Dates.Of(analysis) is { } dates)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  data cut-off         {dates.Cutoff:yyyy-MM-dd}");
            var empty = analysis.Load.Deals.CountBetween(dates.Period.Start, dates.Period.End) == 0 ? " (no deals in it: give --period)" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  default period       {dates.Period.Label}{empty}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  publication date     {dates.AsOf:yyyy-MM-dd}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  reporting currency   {analysis.Parameters.ReportingCurrency}");
        // Data left out (rejected rows, implausible dates) has sections of its own below; here only what the run assumed.
        var defaults = analysis.Notes.Where(n => n.Level == AnalysisNoteLevel.Info).ToList();
        if (defaults.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Defaults taken:");
            foreach (var note in defaults)
            {
                text.Append("  ").AppendLine(note.Message);
            }
        }

        Section(text, "Rejected by reason", s.RejectedByReason);
        Section(text, "Warnings", s.WarningsByReason);
        Counts(text, "Unmapped stages (read as Unknown)", s.UnmappedStages);
        Counts(text, "Unmapped sectors (kept as written)", s.UnmappedSectors);
        Counts(text, "Unmapped regions (kept as written)", s.UnmappedRegions);
        Counts(text, "Unknown countries (kept as written)", s.UnmappedCountries);
        DataProfileReport.WriteLists(text, result);
        if (result.Issues.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Diagnostics:");
            foreach (var issue in result.Issues.Take(TextIssueLimit))
            {
                text.Append("  ").AppendLine(MessageText.Shorten(issue.ToString()));
            }

            if (result.Issues.Count > TextIssueLimit)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  ... and {N(result.Issues.Count - TextIssueLimit)} more (--format json lists them all).");
            }
        }

        output.Write(TerminalText.Escape(text.ToString().ReplaceLineEndings("\n"), keepLineBreaks: true));
    }

    private static void Section(StringBuilder text, string title, IReadOnlyDictionary<string, RejectionSummary> summaries)
    {
        if (summaries.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
        var width = summaries.Keys.Max(k => k.Length);
        foreach (var summary in summaries.Values)
        {
            var lines = string.Join(", ", summary.FirstLines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
            var more = summary.Count > summary.FirstLines.Count ? ", ..." : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {summary.Code} {summary.Reason.PadRight(width)}  {N(summary.Count),9}  line {lines}{more}");
        }
    }

    private static void Counts(StringBuilder text, string title, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
        foreach (var (value, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {N(count),9}  {TerminalText.Escape(MessageText.ShortenValue(value))}");
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static void WriteJson(Analysis analysis, TextWriter output)
    {
        var result = analysis.Load;
        var s = result.Statistics;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", result.SourceName);
            json.WriteString("sha256", result.Sha256);
            json.WriteString("format", s.Format);
            json.WriteString("encoding", s.Encoding);
            if (s.Delimiter is { } d)
            {
                json.WriteString("delimiter", d.ToString());
            }
            else
            {
                json.WriteNull("delimiter");
            }

            json.WriteNumber("rows_read", s.RowsRead);
            json.WriteNumber("rows_loaded", s.RowsLoaded);
            json.WriteNumber("rows_rejected", s.RowsRejected);
            json.WriteNumber("blank_lines", s.BlankLines);
            json.WriteNumber("undisclosed", s.Undisclosed);
            json.WriteNumber("estimated", s.Estimated);
            json.WriteNumber("lines_with_invalid_bytes", s.LinesWithInvalidBytes);
            WriteDate(json, "first_date", s.FirstDate);
            WriteDate(json, "last_date", s.LastDate);
            var dates = Dates.Of(analysis);
            WriteDate(json, "cutoff", dates?.Cutoff);
            if (dates is { } known)
            {
                json.WriteString("default_period", known.Period.Label);
            }
            else
            {
                json.WriteNull("default_period");
            }

            WriteDate(json, "as_of", dates?.AsOf);
            json.WriteString("reporting_currency", analysis.Parameters.ReportingCurrency);
            json.WriteStartArray("notes");
            foreach (var note in analysis.Notes)
            {
                json.WriteStartObject();
                json.WriteString("code", note.Code);
                json.WriteString("level", note.Level == AnalysisNoteLevel.Warning ? "warning" : "info");
                json.WriteString("message", note.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSummaries(json, "rejected_by_reason", s.RejectedByReason);
            WriteSummaries(json, "warnings_by_reason", s.WarningsByReason);
            WriteCounts(json, "unmapped_stages", s.UnmappedStages);
            WriteCounts(json, "unmapped_sectors", s.UnmappedSectors);
            WriteCounts(json, "unmapped_regions", s.UnmappedRegions);
            WriteCounts(json, "unmapped_countries", s.UnmappedCountries);
            json.WriteString("region_from_country_column", s.RegionFromCountryColumn);
            DataProfileReport.WriteJson(json, result);
            json.WriteBoolean("strict", result.Strict);
            json.WriteBoolean("ok", !result.StrictFailed);
            json.WriteStartArray("issues");
            foreach (var issue in result.Issues)
            {
                json.WriteStartObject();
                json.WriteString("code", issue.Code);
                json.WriteString("severity", issue.Severity.ToString().ToLowerInvariant());
                json.WriteString("file", issue.File);
                json.WriteNumber("line", issue.Line);
                if (issue.Column is null)
                {
                    json.WriteNull("column");
                }
                else
                {
                    json.WriteString("column", issue.Column);
                }

                json.WriteString("message", issue.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteSummaries(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, RejectionSummary> summaries)
    {
        json.WriteStartObject(name);
        foreach (var summary in summaries.Values)
        {
            json.WriteStartObject(summary.Reason);
            json.WriteString("code", summary.Code);
            json.WriteNumber("count", summary.Count);
            json.WriteStartArray("first_lines");
            foreach (var line in summary.FirstLines)
            {
                json.WriteNumberValue(line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (value, count) in counts)
        {
            json.WriteNumber(value, count);
        }

        json.WriteEndObject();
    }

    /// <summary>The cut-off, default period and publication date of the data; null when no deal was loaded, or none has a plausible date and no --cutoff is given.</summary>
    private sealed record Dates(DateOnly Cutoff, Model.Period Period, DateOnly AsOf)
    {
        public static Dates? Of(Analysis analysis) =>
            analysis.Load.Statistics.RowsLoaded == 0 || (analysis.Options.Cutoff is null && analysis.Load.LastPlausibleDate is null)
                ? null
                : new Dates(analysis.Cutoff, analysis.Options.Period ?? analysis.DefaultPeriod, analysis.AsOf);
    }
}
