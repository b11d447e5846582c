using System.Globalization;
using System.Linq.Expressions;
using CapitalHealthReport.Rules.Expressions;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Turns a threshold level into a rule expression (<c>Metrics.TopQuintileShare &gt; 0.6</c>) and decides whether a
/// hand-written expression tests it: the level's comparison must be one of the expression's top-level <c>&amp;&amp;</c>
/// terms, compared as parsed trees (so <c>0.6 &lt; Metrics.TopQuintileShare</c> and <c>1500.0</c> for <c>1500</c> agree).
/// </summary>
internal static class ThresholdExpression
{
    /// <summary>The expression of one level: <c>Metrics.Hhi &gt; 1800</c>, <c>Metrics.EarlyCountShare - Yoy.EarlyCountShare &lt;= -0.05</c>.</summary>
    public static string Condition(RuleThreshold threshold, ThresholdLevel level)
    {
        var subject = Subject(threshold, RuleExpressions.MetricsName);
        if (threshold.Change != ThresholdChange.None)
        {
            var comparison = threshold.Change == ThresholdChange.Prev ? RuleExpressions.PrevName : RuleExpressions.YoyName;
            subject += " - " + Subject(threshold, comparison);
        }

        var op = threshold.Comparison switch
        {
            ThresholdComparison.Above => ">",
            ThresholdComparison.AtLeast => ">=",
            ThresholdComparison.Below => "<",
            _ => "<=",
        };
        var value = level.Parameter is { } parameter ? RuleParameters.Numbers[parameter] : Literal(level.Value!.Value);
        return $"{subject} {op} {value}";
    }

    /// <summary>True when <paramref name="expression"/> has the comparison of <paramref name="condition"/> as a top-level <c>&amp;&amp;</c> term.</summary>
    public static bool IsTestedBy(Expression condition, Expression expression)
    {
        var wanted = Normalize(Body(condition));
        return Terms(Body(expression)).Any(term => Same(Normalize(term), wanted));
    }

    /// <summary>A number as an expression literal: invariant, no exponent.</summary>
    public static string Literal(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? ((decimal)value).ToString(CultureInfo.InvariantCulture) : text;
    }

    private static string Subject(RuleThreshold threshold, string source)
    {
        var property = $"{source}.{threshold.Descriptor.PropertyName}";
        return threshold.Key switch
        {
            null => property,
            ThresholdKeys.Max => property + ".Max",
            ThresholdKeys.Min => property + ".Min",
            var key when key.StartsWith(RuleParameters.Prefix, StringComparison.Ordinal) => $"{property}[{RuleParameters.Keys[key[RuleParameters.Prefix.Length..]]}]",
            var key => $"{property}[\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]",
        };
    }

    private static Expression Body(Expression expression) => expression is LambdaExpression lambda ? lambda.Body : expression;

    private static IEnumerable<Expression> Terms(Expression expression)
    {
        if (expression.NodeType == ExpressionType.AndAlso && expression is BinaryExpression and)
        {
            return Terms(and.Left).Concat(Terms(and.Right));
        }

        return [expression];
    }

    /// <summary>Mirrors a comparison so that the metric side is on the left: <c>0.6 &lt; x</c> → <c>x &gt; 0.6</c>.</summary>
    private static Expression Normalize(Expression expression)
    {
        if (expression is not BinaryExpression binary || !IsConstant(binary.Left) || IsConstant(binary.Right))
        {
            return expression;
        }

        return expression.NodeType switch
        {
            ExpressionType.GreaterThan => Expression.LessThan(binary.Right, binary.Left),
            ExpressionType.GreaterThanOrEqual => Expression.LessThanOrEqual(binary.Right, binary.Left),
            ExpressionType.LessThan => Expression.GreaterThan(binary.Right, binary.Left),
            ExpressionType.LessThanOrEqual => Expression.GreaterThanOrEqual(binary.Right, binary.Left),
            _ => expression,
        };
    }

    private static bool IsConstant(Expression expression) => StripConvert(expression) is ConstantExpression;

    private static Expression StripConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            expression = convert.Operand;
        }

        return expression;
    }

    /// <summary>Structural equality of the small expression language rules use; numbers compare by value whatever their type.</summary>
    private static bool Same(Expression a, Expression b)
    {
        a = StripConvert(a);
        b = StripConvert(b);
        if (a is ConstantExpression ca && b is ConstantExpression cb)
        {
            return Number(ca.Value) is { } x && Number(cb.Value) is { } y ? x.Equals(y) : Equals(ca.Value, cb.Value);
        }

        if (a.NodeType != b.NodeType)
        {
            return false;
        }

        return (a, b) switch
        {
            (BinaryExpression x, BinaryExpression y) => Same(x.Left, y.Left) && Same(x.Right, y.Right),
            (UnaryExpression x, UnaryExpression y) => Same(x.Operand, y.Operand),
            (MemberExpression x, MemberExpression y) => x.Member == y.Member && (x.Expression is null ? y.Expression is null : y.Expression is not null && Same(x.Expression, y.Expression)),
            (ParameterExpression x, ParameterExpression y) => x.Name == y.Name && x.Type == y.Type,
            (MethodCallExpression x, MethodCallExpression y) => x.Method == y.Method && SameOrNull(x.Object, y.Object) && x.Arguments.Count == y.Arguments.Count
                && x.Arguments.Zip(y.Arguments).All(p => Same(p.First, p.Second)),
            (IndexExpression x, IndexExpression y) => x.Indexer == y.Indexer && SameOrNull(x.Object, y.Object) && x.Arguments.Count == y.Arguments.Count
                && x.Arguments.Zip(y.Arguments).All(p => Same(p.First, p.Second)),
            _ => false,
        };
    }

    private static bool SameOrNull(Expression? a, Expression? b) => a is null ? b is null : b is not null && Same(a, b);

    private static double? Number(object? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul => ul,
        _ => null,
    };
}
