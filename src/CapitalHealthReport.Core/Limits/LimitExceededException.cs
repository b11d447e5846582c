namespace CapitalHealthReport.Limits;

/// <summary>
/// An input or output over one of the <see cref="ResourceLimits"/>: a user error (exit code 2) that names the
/// limit and, in <see cref="Setting"/>, what raises it: a property of <see cref="ResourceLimits"/> for a library caller,
/// a flag on the command line.
/// </summary>
public sealed class LimitExceededException : InputException
{
    public LimitExceededException(string reason, string? file, int? line, Setting? setting, SettingText hint)
        : base(SettingText.Of(reason), file, line, null, hint)
    {
        Setting = setting;
    }

    public LimitExceededException(string reason, string? file, int? line, Setting? setting, string hint)
        : this(reason, file, line, setting, SettingText.Of(hint))
    {
    }

    public LimitExceededException()
        : base("A resource limit was exceeded.")
    {
    }

    public LimitExceededException(string message)
        : base(message)
    {
    }

    public LimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What raises the limit (<c>ResourceLimits.MaxRows</c>, <c>--max-rows</c>), or null for a fixed limit.</summary>
    public Setting? Setting { get; }

    /// <summary>The command-line option that raises the limit (<c>--max-rows</c>), or null for a fixed limit.</summary>
    public string? Flag => Setting?.CommandLine;
}
