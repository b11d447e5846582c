namespace CapitalHealthReport;

/// <summary>
/// Collects the problems of one input file while it is read, so that every mistake is reported in one run: each part
/// of the file is read under <see cref="Try"/>, and a part that fails adds its problem and lets the reading go on.
/// <see cref="ThrowIfAny"/> then throws the one problem as it was, or an <see cref="InputProblemsException"/> with all.
/// </summary>
public sealed class InputProblems
{
    private readonly List<InputException> _problems = [];

    public int Count => _problems.Count;

    /// <summary>Runs <paramref name="read"/>; a problem it throws is kept. Returns false when it threw one.</summary>
    public bool Try(Action read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            read();
            return true;
        }
        catch (InputException problem)
        {
            Add(problem);
            return false;
        }
    }

    /// <summary>The value <paramref name="read"/> returns, or <paramref name="fallback"/> when it throws a problem (which is kept).</summary>
    public T Try<T>(Func<T> read, T fallback)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (InputException problem)
        {
            Add(problem);
            return fallback;
        }
    }

    /// <summary>Keeps <paramref name="problem"/> (each problem of an <see cref="InputProblemsException"/>).</summary>
    public void Add(InputException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem is InputProblemsException many)
        {
            _problems.AddRange(many.Problems);
        }
        else
        {
            _problems.Add(problem);
        }
    }

    /// <summary>
    /// Throws the problems kept, if any: a single one as it was thrown, several together in the order of the file;
    /// <paramref name="format"/> says where the file's format is described (<c>docs/rules.md for the configuration format</c>).
    /// </summary>
    public void ThrowIfAny(string file, string format)
    {
        switch (_problems.Count)
        {
            case 0:
                return;
            case 1:
                throw _problems[0];
            default:
                throw new InputProblemsException(file, format, [.. _problems.OrderBy(static p => p.Line ?? 0).ThenBy(static p => p.Column ?? 0)]);
        }
    }
}

/// <summary>
/// Several problems of one input file, reported together (one line each, file:line:column first). The command line
/// prints each as an error and then how many there are and where the file's format is described.
/// </summary>
public sealed class InputProblemsException : InputException
{
    public InputProblemsException(string file, string format, IReadOnlyList<InputException> problems)
        : base(Describe(problems), file)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
        Summary = $"{problems.Count} problems in {file}; see {format}.";
    }

    public InputProblemsException()
        : base("Invalid input.")
    {
    }

    public InputProblemsException(string message)
        : base(message)
    {
    }

    public InputProblemsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Each problem, in the order of the file.</summary>
    public IReadOnlyList<InputException> Problems { get; } = [];

    /// <summary>The closing line: how many problems, in which file, and where its format is described.</summary>
    public string Summary { get; } = "";

    /// <summary>The reason, which the location (the file) precedes in the message: "3 problems:" and one line each.</summary>
    private static string Describe(IReadOnlyList<InputException> problems) =>
        $"{problems?.Count} problems:\n" + string.Join("\n", (problems ?? []).Select(static p => "  " + p.Message));
}
