using System.Linq.Expressions;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// The divisions of a rule condition whose divisor is read from the inputs (<c>Metrics.X / Metrics.Y</c>), compiled so that
/// a scope where a divisor is exactly 0 can be found before the condition is judged: there the quotient is infinite or
/// undefined, and a comparison with it (<c>&gt; 5</c> holds for infinity) says nothing about the data. A divisor that is
/// undefined (<c>NaN</c>) is not one of these: an undefined metric already makes every comparison false.
/// </summary>
internal sealed class ZeroDivisors
{
    private readonly IReadOnlyList<(string Text, Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, double> Read)> _divisors;

    private ZeroDivisors(IReadOnlyList<(string, Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, double>)> divisors)
    {
        _divisors = divisors;
    }

    public static ZeroDivisors None { get; } = new([]);

    /// <summary>The divisions of <paramref name="condition"/> by a value that is not a constant; none when it does not parse.</summary>
    public static ZeroDivisors Of(string condition)
    {
        var (problem, _, parsed) = RuleExpressions.Parse(condition);
        if (problem is not null || parsed is null)
        {
            return None;
        }

        var finder = new DivisionFinder();
        finder.Visit(parsed);
        if (finder.Divisors.Count == 0)
        {
            return None;
        }

        var parameters = finder.Parameters;
        ParameterExpression Input(string name, Type type) =>
            parameters.FirstOrDefault(p => p.Name == name && p.Type == type) ?? Expression.Parameter(type, name);
        var inputs = new[]
        {
            Input(RuleExpressions.MetricsName, typeof(MetricsView)),
            Input(RuleExpressions.PrevName, typeof(MetricsView)),
            Input(RuleExpressions.YoyName, typeof(MetricsView)),
            Input(RuleExpressions.ParamsName, typeof(ParamsView)),
            Input(RuleExpressions.ScopeName, typeof(RuleScope)),
        };
        return new([.. finder.Divisors.Select(divisor => (
            divisor.ToString(),
            Expression.Lambda<Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, double>>(Expression.Convert(divisor, typeof(double)), inputs).Compile()))]);
    }

    /// <summary>The first divisor that is exactly 0 for these inputs (as the condition writes it), or null.</summary>
    public string? ZeroIn(MetricsView metrics, MetricsView prev, MetricsView yoy, ParamsView parameters, RuleScope scope)
    {
        foreach (var (text, read) in _divisors)
        {
            double value;
            try
            {
                value = read(metrics, prev, yoy, parameters, scope);
            }
            catch (ArithmeticException)
            {
                continue;
            }

            if (value == 0)
            {
                return text;
            }
        }

        return null;
    }

    private sealed class DivisionFinder : ExpressionVisitor
    {
        public List<Expression> Divisors { get; } = [];

        public List<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Divide or ExpressionType.Modulo
                && node.Type == typeof(double)
                && StripConvert(node.Right) is not ConstantExpression)
            {
                Divisors.Add(node.Right);
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!Parameters.Contains(node))
            {
                Parameters.Add(node);
            }

            return node;
        }

        private static Expression StripConvert(Expression node)
        {
            while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            {
                node = convert.Operand;
            }

            return node;
        }
    }
}
