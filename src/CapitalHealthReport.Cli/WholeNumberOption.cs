using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CapitalHealthReport.Cli;

/// <summary>
/// Options that take a whole number (<c>--max-rows</c>, <c>--rows</c>, <c>--seed</c>, …): every one is made here, so
/// that a value that is not a whole number, or is outside the option's range, is a usage error (exit 2) that names the
/// option and says what to give, never the parser's .NET type names.
/// </summary>
internal static class WholeNumberOption
{
    /// <summary>An option holding a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; null when absent unless <paramref name="defaultValue"/> is given.</summary>
    public static Option<int?> Create(string name, string description, string helpName, int minimum, int maximum, int? defaultValue = null)
    {
        var option = new Option<int?>(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse(result, name, minimum, maximum, defaultValue),
        };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    /// <summary>What the option accepts, as messages say it: <c>a whole number from 1 to 2,147,483,647</c>.</summary>
    public static string Range(int minimum, int maximum) =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {minimum:N0} to {maximum:N0}");

    private static int? Parse(ArgumentResult result, string name, int minimum, int maximum, int? defaultValue)
    {
        if (result.Tokens.Count == 0)
        {
            return defaultValue;
        }

        var text = result.Tokens[^1].Value;
        var trimmed = text.Trim();
        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            var digits = trimmed.Length > 0 && trimmed.TrimStart('-', '+').All(char.IsAsciiDigit);
            result.AddError(digits
                ? $"{name} {trimmed} is out of range; give {Range(minimum, maximum)}."
                : $"{name} '{text}' is not a whole number; give {Range(minimum, maximum)} (digits only, no separators, units or exponents).");
            return null;
        }

        if (number < minimum || number > maximum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} {number} is out of range; give {Range(minimum, maximum)}."));
            return null;
        }

        return (int)number;
    }
}
