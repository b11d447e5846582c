using System.CommandLine;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Cli;

/// <summary>
/// The resource-limit flags (docs/limits.md): <c>--max-file-size</c>, <c>--max-rows</c>, <c>--max-field-length</c>,
/// <c>--max-columns</c> on every command that reads deals, plus <c>--max-rules</c>, <c>--template-timeout</c> and
/// <c>--max-output-size</c> where they apply. Absent flags keep the <see cref="ResourceLimits.Default"/> values.
/// </summary>
public sealed class LimitOptions
{
    /// <summary>The longest <c>--template-timeout</c>, in seconds (an hour).</summary>
    private const int MaxTemplateSeconds = 3600;

    private readonly Option<string?> _maxFileSize = new("--max-file-size")
    {
        Description = "Largest deals file read (default 2GB; KB, MB, GB allowed). See docs/limits.md.",
        HelpName = "size",
    };

    private readonly Option<int?> _maxRows = WholeNumberOption.Create(
        "--max-rows",
        "Most data rows read from the deals file (default 5,000,000).",
        "n",
        1,
        int.MaxValue);

    private readonly Option<int?> _maxFieldLength = WholeNumberOption.Create(
        "--max-field-length",
        "Longest field of the deals file, in characters (default 1,048,576).",
        "n",
        1,
        int.MaxValue);

    private readonly Option<int?> _maxColumns = WholeNumberOption.Create(
        "--max-columns",
        "Most fields in one record of the deals file (default 10,000).",
        "n",
        1,
        int.MaxValue);

    private readonly Option<int?> _maxRules = WholeNumberOption.Create(
        "--max-rules",
        "Most rules across the rule packs (default 1,000).",
        "n",
        1,
        int.MaxValue);

    private readonly Option<int?> _templateTimeout = WholeNumberOption.Create(
        "--template-timeout",
        "Longest a report template may render, in seconds (default 30).",
        "seconds",
        1,
        MaxTemplateSeconds);

    private readonly Option<string?> _maxOutputSize = new("--max-output-size")
    {
        Description = "Largest output: rendered Markdown, or the analyze/metrics file (default 64MB).",
        HelpName = "size",
    };

    private readonly bool _rules;
    private readonly bool _output;
    private readonly bool _template;

    private LimitOptions(bool rules, bool output, bool template)
    {
        _rules = rules;
        _output = output;
        _template = template;
    }

    /// <summary>Adds the flags that apply to a command: the deals limits always, the others when asked for.</summary>
    public static LimitOptions AddTo(Command command, bool rules = false, bool output = false, bool template = false)
    {
        var options = new LimitOptions(rules, output, template);
        command.Options.Add(options._maxFileSize);
        command.Options.Add(options._maxRows);
        command.Options.Add(options._maxFieldLength);
        command.Options.Add(options._maxColumns);
        if (rules)
        {
            command.Options.Add(options._maxRules);
        }

        if (output)
        {
            command.Options.Add(options._maxOutputSize);
        }

        if (template)
        {
            command.Options.Add(options._templateTimeout);
        }

        return options;
    }

    /// <summary>The limits for this run; bad values are input errors naming the flag.</summary>
    public ResourceLimits Read(ParseResult parse)
    {
        var limits = ResourceLimits.Default;
        if (parse.GetValue(_maxFileSize) is { } fileSize)
        {
            limits = limits with { MaxFileBytes = ByteSize.Parse(fileSize, "--max-file-size") };
        }

        limits = limits with
        {
            MaxRows = parse.GetValue(_maxRows) ?? limits.MaxRows,
            MaxFieldLength = parse.GetValue(_maxFieldLength) ?? limits.MaxFieldLength,
            MaxColumns = parse.GetValue(_maxColumns) ?? limits.MaxColumns,
        };
        if (_rules)
        {
            limits = limits with { MaxRules = parse.GetValue(_maxRules) ?? limits.MaxRules };
        }

        if (_output && parse.GetValue(_maxOutputSize) is { } outputSize)
        {
            limits = limits with { MaxOutputBytes = ByteSize.Parse(outputSize, "--max-output-size") };
        }

        if (_template && parse.GetValue(_templateTimeout) is { } seconds)
        {
            limits = limits with { TemplateTime = TimeSpan.FromSeconds(seconds) };
        }

        return limits.Validate();
    }
}
