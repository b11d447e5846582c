using System.Globalization;

namespace CapitalHealthReport.Limits;

/// <summary>
/// The resource limits of one run: how large and how many of each input the tool accepts, and how long and how
/// large a template may render. Each limit turns an input that would exhaust memory or time into a clear
/// <see cref="LimitExceededException"/> naming the limit and the flag that raises it. The defaults, flags and
/// reasons are listed in docs/limits.md.
/// </summary>
public sealed partial record ResourceLimits
{
    /// <summary>The most bytes one file can hold in memory (a .NET array): the ceiling of <see cref="MaxFileBytes"/>.</summary>
    public const long FileBytesCeiling = int.MaxValue;

    /// <summary>Largest deals file read, in bytes (default 2 GB; <c>--max-file-size</c>).</summary>
    public long MaxFileBytes { get; init; } = FileBytesCeiling;

    /// <summary>Most data rows read from one deals file (default 5,000,000; <c>--max-rows</c>).</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>Longest single field of a deals file, in characters (default 1 MB; <c>--max-field-length</c>).</summary>
    public int MaxFieldLength { get; init; } = 1 << 20;

    /// <summary>Most fields in one record of a delimited file (default 10,000; <c>--max-columns</c>).</summary>
    public int MaxColumns { get; init; } = 10_000;

    /// <summary>Most rules across all rule packs of a run (default 1,000; <c>--max-rules</c>).</summary>
    public int MaxRules { get; init; } = 1_000;

    /// <summary>Largest YAML document (configuration, rule pack), in bytes (default 4 MB; fixed).</summary>
    public int MaxYamlBytes { get; init; } = 4 << 20;

    /// <summary>Deepest nesting of a YAML document (default 64; fixed: every product YAML file is shallow; enforced by <see cref="Yaml.YamlTree"/>).</summary>
    public int MaxYamlDepth { get; init; } = Yaml.YamlTree.MaxDepth;

    /// <summary>Longest a report template may render (default 30 s; <c>--template-timeout</c>).</summary>
    public TimeSpan TemplateTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest output: the Markdown a template renders, in characters, and each file written, in bytes (default 64 MB; <c>--max-output-size</c>).</summary>
    public long MaxOutputBytes { get; init; } = 64L << 20;

    /// <summary>The documented defaults.</summary>
    public static ResourceLimits Default { get; } = new();

    /// <summary>Throws a <see cref="LimitExceededException"/> when <paramref name="bytes"/> is over <see cref="MaxFileBytes"/>.</summary>
    public void CheckFileSize(long bytes, string file)
    {
        if (bytes > MaxFileBytes)
        {
            throw new LimitExceededException(
                $"is {ByteSize.Format(bytes)}, more than the largest deals file accepted ({ByteSize.Format(MaxFileBytes)}).",
                file,
                null,
                Settings.MaxFileSize,
                SettingText.Of($"Split the export by year or filter it before loading, or raise the limit with {Settings.MaxFileSize} (at most 2 GB)."));
        }
    }

    /// <summary>Throws when a deals file holds more than <see cref="MaxRows"/> data rows; <paramref name="rowsSoFar"/> counts the row about to be read.</summary>
    public void CheckRows(int rowsSoFar, string file, int line)
    {
        if (rowsSoFar > MaxRows)
        {
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"holds more than {MaxRows:N0} data rows (the row limit was reached at line {line:N0})."),
                file,
                line,
                Settings.MaxRows,
                SettingText.Of($"Filter the export to the periods you report on, or raise the limit with {Settings.MaxRows}."));
        }
    }

    /// <summary>
    /// Throws when the rule packs read so far hold more than <see cref="MaxRules"/> rules (<paramref name="rules"/>,
    /// counted through the pack at <paramref name="where"/>: reading stops there, so later packs are not counted).
    /// </summary>
    public void CheckRuleCount(int rules, string where)
    {
        if (rules > MaxRules)
        {
            throw new LimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"the rule packs hold at least {rules:N0} rules (counted through this pack), more than the {MaxRules:N0} accepted in one run."),
                where,
                null,
                Settings.MaxRules,
                SettingText.Of($"Split the packs across runs with {Settings.Rules}, or raise the limit with {Settings.MaxRules}."));
        }
    }

    /// <summary>Throws when an output of <paramref name="bytes"/> is larger than <see cref="MaxOutputBytes"/>.</summary>
    public void CheckOutputSize(long bytes, string output)
    {
        if (bytes > MaxOutputBytes)
        {
            throw new LimitExceededException(
                $"the output would be {ByteSize.Format(bytes)}, more than the {ByteSize.Format(MaxOutputBytes)} allowed; nothing was written.",
                output,
                null,
                Settings.MaxOutputSize,
                SettingText.Of($"Narrow the output (fewer {Settings.By} dimensions, a shorter {Settings.Series}), check a template for runaway loops, or raise the limit with {Settings.MaxOutputSize}."));
        }
    }

    /// <summary>Checks that every limit is positive and within its ceiling; a bad value is an <see cref="InputException"/> naming the setting.</summary>
    public ResourceLimits Validate()
    {
        Positive(MaxFileBytes, Settings.MaxFileSize);
        if (MaxFileBytes > FileBytesCeiling)
        {
            throw new InputException(SettingText.Of($"{Settings.MaxFileSize.With(ByteSize.Format(MaxFileBytes))} is above the ceiling of {ByteSize.Format(FileBytesCeiling)} (the most one file can hold in memory)."), null, hint: SettingText.Of("Split larger exports."));
        }

        Positive(MaxRows, Settings.MaxRows);
        Positive(MaxFieldLength, Settings.MaxFieldLength);
        Positive(MaxColumns, Settings.MaxColumns);
        Positive(MaxRules, Settings.MaxRules);
        Positive(MaxOutputBytes, Settings.MaxOutputSize);
        if (MaxOutputBytes > int.MaxValue)
        {
            throw new InputException(SettingText.Of($"{Settings.MaxOutputSize.With(ByteSize.Format(MaxOutputBytes))} is above the ceiling of {ByteSize.Format(int.MaxValue)}."), null);
        }

        if (TemplateTime <= TimeSpan.Zero || TemplateTime > TimeSpan.FromHours(1))
        {
            throw new InputException(SettingText.Of($"{Settings.TemplateTimeout} must be between 1 and 3600 seconds."), null);
        }

        return this;
    }

    private static void Positive(long value, Setting setting)
    {
        if (value <= 0)
        {
            throw new InputException(SettingText.Of($"{setting} must be a positive number, not {value}."), null);
        }
    }
}
