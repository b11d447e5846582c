using System.Globalization;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// What a rule author reads when an expression constructs or converts to a type of its own (<c>decimal(0.5)</c>,
/// <c>DateTime(2024, 1, 1)</c>, <c>new Random()</c>): where it is in the expression, and what to write instead. Numbers
/// in an expression and every metric are already numbers, and <c>Math</c> rounds and bounds them.
/// </summary>
internal static partial class ConstructionProblem
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(decimal)] = "decimal",
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(short)] = "short",
        [typeof(byte)] = "byte",
        [typeof(uint)] = "uint",
        [typeof(ulong)] = "ulong",
        [typeof(ushort)] = "ushort",
        [typeof(sbyte)] = "sbyte",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(object)] = "object",
    };

    /// <summary>The problem with constructing <paramref name="created"/> in <paramref name="text"/>, located at its first call.</summary>
    public static string Describe(IReadOnlyList<Type> created, string text)
    {
        var parts = new List<string>();
        foreach (var type in created)
        {
            var name = Keywords.TryGetValue(type, out var keyword) ? keyword : type.Name;
            var call = Call(type, text);
            var where = call is null ? "" : $" (at character {(call.Index + 1).ToString(CultureInfo.InvariantCulture)})";
            parts.Add($"'{call?.Groups["name"].Value ?? name}(…)'{where} makes a value of type {name}, and rule expressions make no values of their own");
        }

        return string.Join("; ", parts) + ": numbers in an expression and every metric are already numbers, so write the number itself "
            + "(0.5, not decimal(0.5)), and round or bound a value with Math.Round, Math.Floor, Math.Ceiling, Math.Abs, Math.Min or Math.Max";
    }

    /// <summary>The first call of the type's name in the text (<c>decimal(</c>, <c>System.Decimal (</c>, <c>new DateTime(</c>), if the text names it.</summary>
    private static Match? Call(Type type, string text)
    {
        var names = new List<string> { type.Name };
        if (type.FullName is { } full)
        {
            names.Insert(0, full);
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            names.Add(keyword);
        }

        foreach (var name in names)
        {
            var match = CallOf().Matches(text).FirstOrDefault(m => string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\w.])(?:new\s+)?(?<name>[A-Za-z_][\w.]*)\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex CallOf();
}
