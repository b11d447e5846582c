namespace CapitalHealthReport.Limits;

/// <summary>
/// An input or output over one of the <see cref="ResourceLimits"/>: a user error (exit code 2) that names the
/// limit and, in <see cref="Flag"/>, the command-line option that raises it.
/// </summary>
public sealed class LimitExceededException : InputException
{
    public LimitExceededException(string reason, string? file, int? line, string? flag, string hint)
        : base(reason, file, line, null, hint)
    {
        Flag = flag;
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

    /// <summary>The option that raises the limit (<c>--max-rows</c>), or null for a fixed limit.</summary>
    public string? Flag { get; }
}
