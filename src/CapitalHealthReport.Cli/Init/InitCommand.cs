using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Cli.Init;

/// <summary>
/// <c>capital-health init [--deals F] [--sheet S] [--output DIR] [--force]</c>: a starting point for a new team. Writes a commented
/// <c>capitalhealth.yaml</c> whose currency, hot sector, strategic sectors, <c>min_deals</c> and baseline choice come from
/// the data (the deals file, else the bundled sample), and with <c>--deals</c> a mapping guessed from the export's header
/// and first rows, checked by loading the whole file with it. Never overwrites a file without <c>--force</c>; writes
/// nothing when the guess cannot be checked.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var deals = CommonOptions.Deals();
        deals.Description = "Deals export (CSV, TSV, XLSX, JSON Lines or Parquet) to write a mapping for and to choose the configuration from (default: the bundled sample).";
        var sheet = CommonOptions.Sheet();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Folder to write capitalhealth.yaml (and <deals>.mapping.yaml) into (default: the current folder).",
            HelpName = "folder",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var command = new Command("init", "Write a commented capitalhealth.yaml chosen from your data and, with --deals, a mapping guessed from the export.")
        {
            deals, sheet, output, force,
        };
        command.SetAction(parse => Run(parse.GetValue(deals), parse.GetValue(sheet), parse.GetValue(output), parse.GetValue(force), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string? dealsPath, string? sheet, string? outputFolder, bool force, TextWriter stdout, TextWriter stderr)
    {
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(outputFolder) ? "." : outputFolder);
        var configPath = Path.Combine(folder, AnalysisConfig.DefaultFileName);
        var mappingPath = dealsPath is null ? null : Path.Combine(folder, Path.GetFileNameWithoutExtension(dealsPath) + ".mapping.yaml");
        var existing = new[] { configPath, mappingPath }.OfType<string>().Where(File.Exists).ToList();
        if (existing.Count > 0 && !force)
        {
            throw new InputException($"{string.Join(" and ", existing.Select(FindingSources.Display))} already exist{(existing.Count == 1 ? "s" : "")}; init never overwrites a file.", null,
                hint: "Give --force to overwrite, or --output another folder.");
        }

        if (File.Exists(folder))
        {
            throw new InputException("--output names a file; give a folder.", folder);
        }

        if (Directory.Exists(folder))
        {
            // Both files are checked before either is written: a configuration that cannot be written (a folder of
            // that name, a read-only file) must not leave the mapping written on its own.
            foreach (var path in new[] { mappingPath, configPath }.OfType<string>())
            {
                OutputTarget.Resolve(path, WriteOptions.Default);
            }
        }

        string? mappingText = null;
        Analysis analysis;
        if (dealsPath is null)
        {
            analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.Sample });
        }
        else
        {
            (mappingText, analysis) = GuessMapping(dealsPath, sheet, stderr);
        }

        var configText = ConfigGuess.Render(analysis, dealsPath is null ? "the bundled sample" : Path.GetFileName(dealsPath));
        Directory.CreateDirectory(folder);
        if (mappingPath is not null && mappingText is not null)
        {
            AtomicFile.WriteAllText(mappingPath, mappingText);
            stdout.WriteLine($"Wrote {FindingSources.Display(mappingPath)}.");
        }

        AtomicFile.WriteAllText(configPath, configText);
        stdout.WriteLine($"Wrote {FindingSources.Display(configPath)}.");
        var stats = analysis.Load.Statistics;
        // A default period without deals would make the report command below fail: init names the quarter to give instead.
        var instead = stats.RowsLoaded == 0 ? [] : analysis.PeriodsForAnEmptyDefault();
        var periodOption = instead.Count == 0 ? "" : " --period " + instead[0].Period.Label;
        var period = instead.Count == 0
            ? $"the default period is {analysis.DefaultPeriod.Label}"
            : $"{analysis.EmptyDefaultPeriodReason}: give --period {instead[0].Period.Label} ({instead[0].Reason})";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stats.RowsLoaded:N0} of {stats.RowsRead:N0} rows load ({analysis.Coverage}); {period}."));
        if (dealsPath is not null && mappingPath is not null)
        {
            var deals = ShellQuote(dealsPath);
            var mapping = ShellQuote(FindingSources.Display(mappingPath));
            var config = ShellQuote(FindingSources.Display(configPath));
            var sheetOption = sheet is null ? "" : " --sheet " + ShellQuote(sheet);
            stdout.WriteLine("Check the guesses in the comments, then:");
            stdout.WriteLine($"  capital-health data validate --deals {deals}{sheetOption} --mapping {mapping}");
            stdout.WriteLine($"  capital-health report --deals {deals}{sheetOption} --mapping {mapping} --config {config}{periodOption}");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Guesses the mapping from the export's head, loads the whole export with it to learn the stage values no alias
    /// knows and the sectors and regions left unmapped, adds stage aliases, and loads again to check the final mapping.
    /// </summary>
    private static (string Mapping, Analysis Analysis) GuessMapping(string dealsPath, string? sheet, TextWriter stderr)
    {
        var sample = ExportSample.Read(dealsPath, sheet);
        var guess = MappingGuess.From(sample);
        var name = Path.GetFileName(dealsPath);
        if (guess.Missing.Contains("date") && YearsAlone(sample) is { } years)
        {
            throw new InputException(
                $"the column '{years.Column}' holds years or half-years alone, such as '{years.Value}', and no column holds dates: a deal needs at least its quarter to count in one.",
                dealsPath,
                hint: "Export the deals with their dates, months (2024-05) or quarters (2024-Q2), and run init again.");
        }

        if (guess.Missing.Count > 0)
        {
            throw new InputException(
                $"no column of the header looks like the {string.Join(" or the ", guess.Missing)} of a deal; the columns are: {string.Join(", ", sample.Columns)}.",
                dealsPath,
                hint: (sample.Format == "xlsx" ? "If the deals are on another sheet of the workbook, name it with --sheet; otherwise w" : "W")
                    + "rite the mapping by hand (docs/data.md, \"Mapping file\"): name the date and company columns under 'columns:'.");
        }

        var temporary = Path.Combine(Path.GetTempPath(), "capital-health-init-" + Guid.NewGuid().ToString("N") + ".yaml");
        try
        {
            File.WriteAllText(temporary, guess.Render(sample, name));
            var first = Load(dealsPath, temporary, sheet);
            guess.UseCellFormatCurrencies(first.Load.Profile.CellFormatCurrencies);
            guess.AddStages(first.Load.Statistics.UnmappedStages);
            guess.UnmappedSectors = first.Load.Statistics.UnmappedSectors;
            guess.UnmappedRegions = first.Load.Statistics.UnmappedRegions;
            var text = guess.Render(sample, name);
            File.WriteAllText(temporary, text);
            var checkedLoad = Load(dealsPath, temporary, sheet);
            // The configuration init writes names the reporting currency: how a run without one would choose it is not news.
            AnalysisNotes.Write(checkedLoad, stderr, "currency-assumed", "currency-from-data");
            return (text, checkedLoad);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The first column whose values are mostly years or half-years alone, and one of them; null when there is none.</summary>
    private static (string Column, string Value)? YearsAlone(ExportSample sample)
    {
        for (var i = 0; i < sample.Columns.Count; i++)
        {
            var values = sample.Values(i).Where(static v => !string.IsNullOrWhiteSpace(v)).Take(500).ToList();
            var years = values.Where(Loading.DateText.IsYearOrHalfYearAlone).ToList();
            if (values.Count > 0 && years.Count >= 0.8 * values.Count)
            {
                return (sample.Columns[i], years[0]);
            }
        }

        return null;
    }

    private static Analysis Load(string dealsPath, string mappingPath, string? sheet)
    {
        var analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromFile(dealsPath, mappingPath, sheet) });
        analysis.Load.EnsureUsable();
        return analysis;
    }

    /// <summary>A path or a name as a POSIX shell reads it: quoted when it holds a space or a character the shell would take.</summary>
    internal static string ShellQuote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '&') ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : path;
}
