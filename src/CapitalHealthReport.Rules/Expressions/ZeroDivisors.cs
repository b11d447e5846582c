using System.Linq.Expressions;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// The divisions of a rule condition whose divisor is read from the inputs (<c>Metrics.X / Metrics.Y</c>), and a copy of
/// the condition in which each such division notes a divisor of exactly 0 as it is evaluated: there the quotient is
/// infinite or undefined, and a comparison with it (<c>&gt; 5</c> holds for infinity) says nothing about the data. The copy
/// evaluates as the condition does, so a guarded division (<c>Metrics.TotalAmount &gt; 0 &amp;&amp; Metrics.X / Metrics.TotalAmount &lt; 0.1</c>)
/// that is never reached is no problem. A divisor that is undefined (<c>NaN</c>) is not one of these: an undefined metric
/// already makes every comparison false.
/// </summary>
internal sealed class ZeroDivisors
{
    private static readonly System.Reflection.MethodInfo DivideMethod = typeof(ZeroDivisors).GetMethod(nameof(Divide), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
    private static readonly System.Reflection.MethodInfo RemainderMethod = typeof(ZeroDivisors).GetMethod(nameof(Remainder), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>The index of the first division reached with a divisor of 0 in the evaluation under way on this thread; -1 for none.</summary>
    [ThreadStatic]
    private static int _zeroAt;

    private readonly IReadOnlyList<string> _divisors;
    private readonly Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, bool>? _condition;

    private ZeroDivisors(IReadOnlyList<string> divisors, Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, bool>? condition)
    {
        _divisors = divisors;
        _condition = condition;
    }

    public static ZeroDivisors None { get; } = new([], null);

    /// <summary>The divisions of <paramref name="condition"/> by a value that is not a constant; none when it does not parse.</summary>
    public static ZeroDivisors Of(string condition)
    {
        var (problem, _, parsed) = RuleExpressions.Parse(condition);
        if (problem is not null || parsed is null || parsed.Type != typeof(bool))
        {
            return None;
        }

        var finder = new DivisionGuard();
        var guarded = finder.Visit(parsed);
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
        return new(finder.Divisors, Expression.Lambda<Func<MetricsView, MetricsView, MetricsView, ParamsView, RuleScope, bool>>(guarded, inputs).Compile());
    }

    /// <summary>The first divisor the condition reaches that is exactly 0 for these inputs (as the condition writes it), or null.</summary>
    public string? ZeroIn(MetricsView metrics, MetricsView prev, MetricsView yoy, ParamsView parameters, RuleScope scope)
    {
        if (_condition is null)
        {
            return null;
        }

        _zeroAt = -1;
        try
        {
            _condition(metrics, prev, yoy, parameters, scope);
        }
        catch (Exception ex) when (ex is ArithmeticException or NullReferenceException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            // The rule engine reports a condition that fails as it runs; only a zero reached before the failure counts here.
        }

        return _zeroAt < 0 ? null : _divisors[_zeroAt];
    }

    private static double Divide(double dividend, double divisor, int index)
    {
        if (divisor == 0 && _zeroAt < 0)
        {
            _zeroAt = index;
        }

        return dividend / divisor;
    }

    private static double Remainder(double dividend, double divisor, int index)
    {
        if (divisor == 0 && _zeroAt < 0)
        {
            _zeroAt = index;
        }

        return dividend % divisor;
    }

    /// <summary>Replaces each floating-point division by a non-constant divisor with one that notes a divisor of 0.</summary>
    private sealed class DivisionGuard : ExpressionVisitor
    {
        public List<string> Divisors { get; } = [];

        public List<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Divide or ExpressionType.Modulo
                && node.Type == typeof(double)
                && node.Method is null
                && StripConvert(node.Right) is not ConstantExpression)
            {
                var index = Divisors.Count;
                Divisors.Add(ExpressionText.Operand(node.Right));
                var left = Visit(node.Left);
                var right = Visit(node.Right);
                return Expression.Call(node.NodeType == ExpressionType.Divide ? DivideMethod : RemainderMethod, left, right, Expression.Constant(index));
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
