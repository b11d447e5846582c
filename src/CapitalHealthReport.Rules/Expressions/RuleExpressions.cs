using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using CapitalHealthReport.Text;
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
        var at = $"(at character {position + 1})";
        if ((Quoted(message, "No property or field '") ?? Quoted(message, "No applicable method '")) is { } name)
        {
            var type = ModelTypes.FirstOrDefault(t => message.Contains($"'{t.Name}'", StringComparison.Ordinal));
            if (type == typeof(MetricsView))
            {
                var metrics = Members(type).Where(n => n != nameof(MetricsView.Set) && n != nameof(MetricsView.Has)).ToList();
                return $"unknown metric '{name}' {at}; {Spelling.BeforeList(name, metrics)}metrics use the PascalCase names: {string.Join(", ", metrics)}";
            }

            if (type is not null)
            {
                var members = Members(type).ToList();
                var owner = type == typeof(ParamsView) ? "parameter" : "name";
                return $"unknown {owner} '{name}' {at} in '{text}'; {Spelling.BeforeList(name, members)}{OwnerName(type)} has {string.Join(", ", members)}";
            }

            return $"unknown name '{name}' {at} in '{text}'";
        }

        if (Quoted(message, "Unknown identifier '") is { } identifier)
        {
            string[] inputs = [MetricsName, PrevName, YoyName, ParamsName, ScopeName, nameof(Math)];
            return $"the expression does not compile: {message} {at}; {Spelling.BeforeList(identifier, inputs)}expressions can name only Metrics, Prev, Yoy, Params, Scope and Math";
        }

        if (message.Contains("'Decimal'", StringComparison.Ordinal))
        {
            return $"the expression does not compile: {message} {at}; metrics are numbers of type double, so write a number as it is (0.5, not decimal(0.5) or 0.5m)";
        }

        return $"the expression does not compile: {message} {at}";
    }

    /// <summary>The name quoted after <paramref name="prefix"/> at the start of a parser message, or null.</summary>
    private static string? Quoted(string message, string prefix)
    {
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('\'', prefix.Length);
        return end > 0 ? message[prefix.Length..end] : "?";
    }

    /// <summary>The public properties and methods an expression can name on <paramref name="type"/>, in ordinal order.</summary>
    private static IEnumerable<string> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.GetIndexParameters().Length == 0).Select(static p => p.Name)
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(static m => !m.IsSpecialName).Select(static m => m.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>How a message names the input of <paramref name="type"/>: <c>Params</c>, <c>Scope</c>, or a keyed metric.</summary>
    private static string OwnerName(Type type) =>
        type == typeof(ParamsView) ? ParamsName : type == typeof(RuleScope) ? ScopeName : "a keyed metric";
}
