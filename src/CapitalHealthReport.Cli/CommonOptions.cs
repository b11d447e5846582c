using System.CommandLine;
using System.Globalization;

namespace CapitalHealthReport.Cli;

/// <summary>Factories for the options several commands share, so that names and help texts agree everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Deals() => new("--deals")
    {
        Description = "Deals file (CSV, TSV, XLSX, JSON Lines or Parquet). Default: the bundled sample (data/sample/deals.csv).",
        HelpName = "file",
    };

    public static Option<string?> Mapping() => new("--mapping")
    {
        Description = "Mapping file (YAML) that maps a foreign export's columns and values onto the canonical fields.",
        HelpName = "file",
    };

    public static Option<string?> Sheet() => new("--sheet")
    {
        Description = "XLSX sheet name (default: the first visible sheet).",
        HelpName = "name",
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Configuration file (default: capitalhealth.yaml in the working directory, else the bundled defaults).",
        HelpName = "file",
    };

    public static Option<string?> Period() => new("--period")
    {
        Description = "Period: 2025Q1 (or 2025-Q1, Q1 2025, 2025年第一季度), 2025H1, 2025 or 2024-01-01..2024-08-31 (default: the latest quarter that ends on or before the data cut-off).",
        HelpName = "period",
    };

    public static Option<string[]> Where() => new("--where")
    {
        Description = "Filter applied before scoping, repeatable: field=value (sector, region, stage, investor_type, country, company).",
        HelpName = "field=value",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Publication date, 'today' for this run (yyyy-MM-dd): the report's date and when suppressions expire; it leaves every deal in (default: SOURCE_DATE_EPOCH, else the last day of the quarter holding the data cut-off).",
        HelpName = "date",
    };

    public static Option<string?> Cutoff() => new("--cutoff")
    {
        Description = "Data cut-off (yyyy-MM-dd): deals after it are left out, and the default period is the latest quarter ending on or before it (default: the last deal date).",
        HelpName = "date",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Output file (default: standard output, or a file named after the period for binary formats).",
        HelpName = "file",
    };

    /// <summary>Parses <c>--as-of</c>; null when absent. Bad dates, and an empty value, are input errors.</summary>
    public static DateOnly? ParseAsOf(string? text)
    {
        if (text is null)
        {
            var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
            if (!string.IsNullOrWhiteSpace(epoch))
            {
                if (!long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
                {
                    throw new InputException($"SOURCE_DATE_EPOCH='{epoch}' is not a count of seconds since 1970-01-01.");
                }

                if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
                {
                    throw new InputException($"SOURCE_DATE_EPOCH='{epoch}' is after the year 9999.", null, hint: "Set it to the build's time in seconds since 1970-01-01 (for example 1752620400), or unset it.");
                }

                return WithinPeriodYears(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime), $"SOURCE_DATE_EPOCH='{epoch}'");
            }

            return null;
        }

        return ParseDate("--as-of", text);
    }

    /// <summary>Parses <c>--cutoff</c>; null when absent.</summary>
    public static DateOnly? ParseCutoff(string? text) => text is null ? null : ParseDate("--cutoff", text);

    /// <summary>A date option's value; an empty one (<c>--as-of "$DATE"</c> with DATE unset) is refused, as an empty <c>--period</c> is, not read as absent.</summary>
    private static DateOnly ParseDate(string option, string text) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new InputException($"{option} is empty; write a date as yyyy-MM-dd (for example 2025-06-30), or leave the option out.")
            : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? WithinPeriodYears(date, $"{option} '{text}'")
            : throw new InputException($"{option} '{text}' is not a date; write it as yyyy-MM-dd (for example 2025-06-30).");

    /// <summary>Dates given for 'today' or a cut-off must lie in the years a period can span (<see cref="Model.Period.MinYear"/>–<see cref="Model.Period.MaxYear"/>).</summary>
    private static DateOnly WithinPeriodYears(DateOnly date, string source) =>
        date.Year is >= Model.Period.MinYear and <= Model.Period.MaxYear
            ? date
            : throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{source} is {date:yyyy-MM-dd}, outside the years {Model.Period.MinYear}–{Model.Period.MaxYear} a report can cover."));

    /// <summary>Parses the repeatable <c>--where field=value</c> filters.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseWhere(string[]? values)
    {
        var filters = new List<KeyValuePair<string, string>>();
        foreach (var raw in values ?? [])
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == raw.Length - 1)
            {
                throw new InputException($"--where '{raw}' must be field=value, for example --where sector=AI.");
            }

            filters.Add(new(raw[..eq].Trim(), raw[(eq + 1)..].Trim()));
        }

        return filters;
    }
}
