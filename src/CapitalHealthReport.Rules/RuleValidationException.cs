using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Rules;

/// <summary>One problem in a rule pack or configuration file, with its 1-based location.</summary>
public sealed record ValidationProblem(string File, int? Line, int? Column, string Reason)
{
    public override string ToString() => InputException.Format(Reason, File, Line, Column, null);
}

/// <summary>Every problem found while loading rule packs, reported at once (one line each, file:line:column first).</summary>
public sealed class RuleValidationException : InputException
{
    public RuleValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(FormatAll(problems), problems.Count == 1 ? problems[0].File : null, problems.Count == 1 ? problems[0].Line : null, problems.Count == 1 ? problems[0].Column : null)
    {
        Problems = problems;
    }

    public RuleValidationException()
        : this([])
    {
    }

    public RuleValidationException(string message)
        : this([new ValidationProblem("", null, null, message)])
    {
    }

    public RuleValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ValidationProblem("", null, null, message)];
    }

    public IReadOnlyList<ValidationProblem> Problems { get; } = [];

    private static string FormatAll(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 1)
        {
            return problems[0].Reason;
        }

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{problems.Count} problems in the rule packs:");
        foreach (var problem in problems)
        {
            builder.Append('\n').Append("  ").Append(problem);
        }

        return builder.ToString();
    }
}
