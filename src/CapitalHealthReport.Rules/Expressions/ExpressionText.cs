using System.Globalization;
using System.Linq.Expressions;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// A parsed rule expression written back as a rule pack writes it, for messages that quote part of a condition: an
/// indexer reads <c>Metrics.RegionCountShare["Beijing"]</c> (not <c>get_Item("Beijing")</c>), a widening conversion is
/// left out (<c>Params.MinDeals</c>, not <c>Convert(Params.MinDeals, Double)</c>), and a compound operand keeps its
/// parentheses, so that the text can be pasted back into a condition.
/// </summary>
internal static class ExpressionText
{
    public static string Of(Expression node) => node switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert => Of(convert.Operand),
        UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate => "-" + Operand(negate.Operand),
        UnaryExpression { NodeType: ExpressionType.Not } not => "!" + Operand(not.Operand),
        ParameterExpression parameter => parameter.Name ?? "",
        MemberExpression { Expression: { } target } member => Of(target) + "." + member.Member.Name,
        MemberExpression member => member.Member.DeclaringType?.Name + "." + member.Member.Name,
        MethodCallExpression { Method.Name: "get_Item", Object: { } target } indexer => Of(target) + "[" + Arguments(indexer) + "]",
        MethodCallExpression { Object: { } target } call => Of(target) + "." + call.Method.Name + "(" + Arguments(call) + ")",
        MethodCallExpression call => call.Method.DeclaringType?.Name + "." + call.Method.Name + "(" + Arguments(call) + ")",
        ConstantExpression { Value: string text } => "\"" + text + "\"",
        ConstantExpression { Value: bool flag } => flag ? "true" : "false",
        ConstantExpression { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        BinaryExpression binary when Operator(binary.NodeType) is { } op => Operand(binary.Left) + " " + op + " " + Operand(binary.Right),
        ConditionalExpression conditional => Operand(conditional.Test) + " ? " + Operand(conditional.IfTrue) + " : " + Operand(conditional.IfFalse),
        _ => node.ToString(),
    };

    /// <summary>An operand in parentheses when it is itself an operation: <c>(Metrics.A - Metrics.B)</c>.</summary>
    public static string Operand(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            node = convert.Operand;
        }

        var text = Of(node);
        return node is BinaryExpression or ConditionalExpression ? "(" + text + ")" : text;
    }

    private static string Arguments(MethodCallExpression call) => string.Join(", ", call.Arguments.Select(Of));

    /// <summary>A binary operator as a pack writes it (<c>+</c>, <c>&gt;=</c>, <c>&amp;&amp;</c>); null for any other node type.</summary>
    internal static string? Operator(ExpressionType type) => type switch
    {
        ExpressionType.Add or ExpressionType.AddChecked => "+",
        ExpressionType.Subtract or ExpressionType.SubtractChecked => "-",
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => "*",
        ExpressionType.Divide => "/",
        ExpressionType.Modulo => "%",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        ExpressionType.AndAlso => "&&",
        ExpressionType.OrElse => "||",
        _ => null,
    };
}
