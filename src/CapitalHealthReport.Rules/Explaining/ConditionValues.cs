using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules.Explaining;

/// <summary>
/// One rule condition, compiled so that it can be shown with its values: every read of <c>Metrics</c>, <c>Prev</c>,
/// <c>Yoy</c>, <c>Params</c> or <c>Scope</c> (<c>Metrics.TopQuintileShare</c>, <c>Metrics.InvestorTypeShare["Angel"]</c>,
/// <c>Params.MinDeals</c>) is replaced by the value it reads in a scope, operators and constants are kept, and the whole
/// condition is evaluated: <c>0.85 &gt; 0.6</c> is true. An undefined metric reads <c>NaN</c>, and every comparison with it
/// is false.
/// </summary>
internal sealed class ConditionValues
{
    private static readonly (string Name, Type Type)[] Inputs =
    [
        (RuleExpressions.MetricsName, typeof(MetricsView)),
        (RuleExpressions.PrevName, typeof(MetricsView)),
        (RuleExpressions.YoyName, typeof(MetricsView)),
        (RuleExpressions.ParamsName, typeof(ParamsView)),
        (RuleExpressions.ScopeName, typeof(RuleScope)),
    ];

    private readonly Expression _body;
    private readonly ParameterExpression[] _parameters;
    private readonly Dictionary<Expression, Func<object?[], object?>> _compiled = new(ReferenceEqualityComparer.Instance);

    private ConditionValues(string text, Expression body, ParameterExpression[] parameters)
    {
        Text = text;
        _body = body;
        _parameters = parameters;
    }

    /// <summary>The condition as the rule pack writes it (or as its threshold builds it).</summary>
    public string Text { get; }

    /// <summary>Compiles <paramref name="text"/>; null when it does not parse (a valid catalog never has such a condition).</summary>
    public static ConditionValues? Compile(string text)
    {
        var (problem, _, parsed) = RuleExpressions.Parse(text);
        if (problem is not null || parsed is null)
        {
            return null;
        }

        var body = parsed is LambdaExpression lambda ? lambda.Body : parsed;
        var found = new ParameterCollector();
        found.Visit(parsed);
        var parameters = Inputs
            .Select(input => found.Parameters.FirstOrDefault(p => p.Name == input.Name && p.Type == input.Type) ?? Expression.Parameter(input.Type, input.Name))
            .ToArray();
        return new ConditionValues(text, body, parameters);
    }

    /// <summary>The condition with its values (<c>0.85 &gt; 0.6</c>) and whether it holds, for one scope's inputs.</summary>
    public (string WithValues, bool Holds) Evaluate(MetricsView metrics, MetricsView prev, MetricsView yoy, ParamsView parameters, RuleScope scope)
    {
        object?[] inputs = [metrics, prev, yoy, parameters, scope];
        var holds = Value(_body, inputs) is true;
        return (Render(_body, inputs, top: true), holds);
    }

    private string Render(Expression node, object?[] inputs, bool top = false)
    {
        node = StripConvert(node);
        if (ReadsInput(node))
        {
            return Format(Value(node, inputs));
        }

        switch (node)
        {
            case ConstantExpression constant:
                return Format(constant.Value);
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                return "!(" + Render(not.Operand, inputs, top: true) + ")";
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate:
                return "-" + Render(negate.Operand, inputs);
            case BinaryExpression binary when ExpressionText.Operator(binary.NodeType) is { } op:
                var text = Render(binary.Left, inputs) + " " + op + " " + Render(binary.Right, inputs);
                return top ? text : "(" + text + ")";
            case MethodCallExpression { Object: null } call:
                var arguments = string.Join(", ", call.Arguments.Select(a => Render(a, inputs, top: true)));
                return $"{call.Method.DeclaringType?.Name}.{call.Method.Name}({arguments})";
            case ConditionalExpression conditional:
                return "(" + Render(conditional.Test, inputs, top: true) + " ? " + Render(conditional.IfTrue, inputs, top: true) + " : " + Render(conditional.IfFalse, inputs, top: true) + ")";
            default:
                return Format(Value(node, inputs));
        }
    }

    private object? Value(Expression node, object?[] inputs)
    {
        if (!_compiled.TryGetValue(node, out var function))
        {
            var lambda = Expression.Lambda<Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, object?>>(
                Expression.Convert(node, typeof(object)), _parameters);
            var compiled = lambda.Compile();
            function = args => compiled((MetricsView)args[0]!, (MetricsView)args[1]!, (MetricsView)args[2]!, (ParamsView)args[3]!, (RuleScope)args[4]!);
            _compiled[node] = function;
        }

        return function(inputs);
    }

    /// <summary>True for a read that starts at an input: a member, indexer or instance call chain on a parameter.</summary>
    private static bool ReadsInput(Expression node)
    {
        var current = StripConvert(node);
        var steps = 0;
        while (true)
        {
            switch (current)
            {
                case ParameterExpression:
                    return steps > 0;
                case MemberExpression { Expression: { } inner }:
                    current = StripConvert(inner);
                    break;
                case MethodCallExpression { Object: { } target }:
                    current = StripConvert(target);
                    break;
                case IndexExpression { Object: { } target }:
                    current = StripConvert(target);
                    break;
                default:
                    return false;
            }

            steps++;
        }
    }

    private static Expression StripConvert(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            node = convert.Operand;
        }

        return node;
    }

    /// <summary>A value as the condition shows it: numbers in six significant digits, NaN as <c>undefined</c>, text quoted.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "null",
        double d when double.IsNaN(d) => "undefined",
        double d when Math.Abs(d) >= 1e6 && Math.Abs(d) < 1e18 => Math.Round(d).ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("G6", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Quote(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        return b.Append('"').ToString();
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        public List<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!Parameters.Contains(node))
            {
                Parameters.Add(node);
            }

            return node;
        }
    }
}
