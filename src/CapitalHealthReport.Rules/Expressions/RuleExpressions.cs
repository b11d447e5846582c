using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// The expression surface of rules: the parameters an expression sees, the RulesEngine settings used both to
/// check and to run them, and the check itself (parse with RulesEngine's own parser, then <see cref="ExpressionGuard"/>).
/// </summary>
internal static class RuleExpressions
{
    public const string MetricsName = "Metrics";
    public const string PrevName = "Prev";
    public const string YoyName = "Yoy";
    public const string ParamsName = "Params";
    public const string ScopeName = "Scope";

    /// <summary>The only types expressions may call methods on besides <see cref="Math"/> and <see cref="string"/>.</summary>
    public static IReadOnlyList<Type> ModelTypes { get; } = [typeof(MetricsView), typeof(KeyedMetric), typeof(ParamsView), typeof(RuleScope)];

    /// <summary>
    /// RulesEngine settings: the custom types are exactly the rule model types (no input-type auto-registration,
    /// so validation and execution parse against the same set), case-sensitive names (the PascalCase metric names
    /// of the contract), exceptions surfaced as errors rather than thrown.
    /// </summary>
    public static ReSettings CreateSettings() => new()
    {
        CustomTypes = [.. ModelTypes],
        AutoRegisterInputType = false,
        IsExpressionCaseSensitive = true,
        EnableExceptionAsErrorMessage = true,
        IgnoreException = false,
        UseFastExpressionCompiler = true,
    };

    private static readonly ParameterExpression[] Parameters =
    [
        Expression.Parameter(typeof(MetricsView), MetricsName),
        Expression.Parameter(typeof(MetricsView), PrevName),
        Expression.Parameter(typeof(MetricsView), YoyName),
        Expression.Parameter(typeof(ParamsView), ParamsName),
        Expression.Parameter(typeof(RuleScope), ScopeName),
    ];

    /// <summary>The longest expression accepted, in characters: ten times the longest bundled condition.</summary>
    public const int MaxLength = 1000;

    /// <summary>The deepest nesting of brackets accepted.</summary>
    public const int MaxNesting = 32;

    private static readonly Lazy<RuleExpressionParser> Parser = new(() => new RuleExpressionParser(CreateSettings()));

    /// <summary>The RulesEngine inputs for one scope, in the order of the expression parameters.</summary>
    public static RuleParameter[] Inputs(MetricsView metrics, MetricsView prev, MetricsView yoy, ParamsView parameters, RuleScope scope) =>
    [
        new RuleParameter(MetricsName, metrics),
        new RuleParameter(PrevName, prev),
        new RuleParameter(YoyName, yoy),
        new RuleParameter(ParamsName, parameters),
        new RuleParameter(ScopeName, scope),
    ];

    /// <summary>
    /// Parses <paramref name="text"/> as a boolean rule expression and checks it; returns the problem (null when the
    /// expression is usable) and the metrics it reads.
    /// </summary>
    public static (string? Problem, IReadOnlyList<MetricReference> References) Check(string text)
    {
        var (problem, references, _) = Parse(text);
        return (problem, references);
    }

    /// <summary>
    /// Parses and checks <paramref name="text"/> like <see cref="Check"/>, and also returns the parsed expression tree
    /// (null when there is a problem), for comparing a condition with a rule's threshold.
    /// </summary>
    public static (string? Problem, IReadOnlyList<MetricReference> References, Expression? Parsed) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ("the expression is empty", [], null);
        }

        if (TooLarge(text) is { } tooLarge)
        {
            return (tooLarge, [], null);
        }

        Expression parsed;
        try
        {
            parsed = Parser.Value.Parse(text, Parameters, typeof(bool));
        }
        catch (ParseException ex)
        {
            return (Explain(ex.Message, ex.Position, text), [], null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or FormatException or OverflowException)
        {
            return ($"the expression does not compile: {ex.Message}", [], null);
        }

        var (guarded, created, unknownNames, references) = ExpressionGuard.Check(parsed);
        IReadOnlyList<string> violations = created.Count > 0 ? [ConstructionProblem.Describe(created, text), .. guarded] : guarded;
        if (violations.Count > 0)
        {
            return ($"the expression is not allowed: {string.Join("; ", violations)}. Rule expressions may read only Metrics, Prev, Yoy, Params and Scope, "
                + "with arithmetic, comparisons, logical operators, Math functions and string comparison (no file, process, network, environment or reflection access)", references, null);
        }

        if (unknownNames.Count > 0)
        {
            return (string.Join("; ", unknownNames), references, null);
        }

        return (null, references, parsed);
    }

    /// <summary>
    /// Refuses text too long or too deeply bracketed before the parser sees it: the parser and the compiler recurse once
    /// per level, and thousands of levels end the process with a stack overflow no handler can catch.
    /// </summary>
    private static string? TooLarge(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"the expression is {text.Length} characters long; at most {MaxLength} are allowed. Split it into several rules or simpler conditions";
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    if (++depth > MaxNesting)
                    {
                        return $"the expression nests brackets more than {MaxNesting} levels deep (at character {i + 1}); simplify it";
                    }

                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    private static string Explain(string message, int position, string text)
    {
        const string NoProperty = "No property or field '";
        if (message.StartsWith(NoProperty, StringComparison.Ordinal))
        {
            var end = message.IndexOf('\'', NoProperty.Length);
            var name = end > 0 ? message[NoProperty.Length..end] : "?";
            if (message.Contains(nameof(MetricsView), StringComparison.Ordinal))
            {
                var known = string.Join(", ", typeof(MetricsView).GetProperties().Select(p => p.Name).Where(n => n != nameof(MetricsView.Set)).Order(StringComparer.Ordinal));
                return $"unknown metric '{name}' (at character {position + 1}); metrics use the PascalCase names: {known}";
            }

            return $"unknown name '{name}' (at character {position + 1}) in '{text}'";
        }

        if (message.StartsWith("Unknown identifier", StringComparison.Ordinal))
        {
            return $"the expression does not compile: {message} (at character {position + 1}); expressions can name only Metrics, Prev, Yoy, Params, Scope and Math";
        }

        if (message.Contains("'Decimal'", StringComparison.Ordinal))
        {
            return $"the expression does not compile: {message} (at character {position + 1}); metrics are numbers of type double, so write a number as it is (0.5, not decimal(0.5) or 0.5m)";
        }

        return $"the expression does not compile: {message} (at character {position + 1})";
    }
}
