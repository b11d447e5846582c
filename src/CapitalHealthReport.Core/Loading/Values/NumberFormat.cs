using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>The mapping's <c>decimal_separator</c>: <c>.</c>, <c>,</c> or <c>auto</c> (decided per column from all its values).</summary>
public enum DecimalSeparator
{
    Auto,
    Dot,
    Comma,
}

/// <summary>The mapping's <c>thousands_separator</c>: <c>,</c> <c>.</c> space, apostrophe, <c>none</c> or <c>auto</c>.</summary>
public enum ThousandsSeparator
{
    Auto,
    None,
    Comma,
    Dot,
    Space,
    Apostrophe,
}

/// <summary>What one written number says about its column's decimal separator.</summary>
internal enum NumberEvidence
{
    /// <summary>No separator (<c>3500000</c>, <c>1e6</c>): fits every format.</summary>
    None,

    /// <summary>Only a decimal point reads it (<c>1.5</c>, <c>1,234,567</c>, <c>1,234.5</c>, <c>20,00,00,000</c>).</summary>
    DotDecimal,

    /// <summary>Only a decimal comma reads it (<c>3,5</c>, <c>3.000.000</c>, <c>1.234,5</c>).</summary>
    CommaDecimal,

    /// <summary>One dot before three digits (<c>707.630</c>): 707,630 with dot grouping or 707.63 with a decimal point.</summary>
    AmbiguousDot,

    /// <summary>One comma before three digits (<c>1,500</c>): 1,500 with comma grouping or 1.5 with a decimal comma.</summary>
    AmbiguousComma,
}

/// <summary>
/// How the numbers of one column are written: the decimal character and the characters allowed between digit groups.
/// Reads the digits of an amount (after units and currency words are removed) under that format.
/// </summary>
internal readonly record struct NumberStyle(char Decimal, string Grouping)
{
    /// <summary>Decimal point; comma, space, apostrophe or underscore between groups.</summary>
    public static NumberStyle Dot { get; } = new('.', ", '_\u00A0\u202F");

    /// <summary>Decimal comma; dot, space, apostrophe or underscore between groups.</summary>
    public static NumberStyle Comma { get; } = new(',', ". '_\u00A0\u202F");

    /// <summary>The style a mapping's two separator keys give, or null when the decimal separator is left to the data.</summary>
    public static NumberStyle? From(DecimalSeparator decimalSeparator, ThousandsSeparator thousands)
    {
        var dec = decimalSeparator switch
        {
            DecimalSeparator.Dot => '.',
            DecimalSeparator.Comma => ',',
            _ => thousands switch
            {
                ThousandsSeparator.Comma => '.',
                ThousandsSeparator.Dot => ',',
                _ => '\0',
            },
        };
        if (dec == '\0')
        {
            return null;
        }

        var grouping = thousands switch
        {
            ThousandsSeparator.None => "",
            ThousandsSeparator.Comma => ",",
            ThousandsSeparator.Dot => ".",
            ThousandsSeparator.Space => " \u00A0\u202F",
            ThousandsSeparator.Apostrophe => "'",
            _ => dec == '.' ? Dot.Grouping : Comma.Grouping,
        };
        return new NumberStyle(dec, grouping);
    }

    /// <summary>What <paramref name="digits"/> (digits, separators, an optional exponent) says about the decimal separator.</summary>
    public static NumberEvidence Classify(ReadOnlySpan<char> digits)
    {
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        if (lastDot < 0 && lastComma < 0)
        {
            return NumberEvidence.None;
        }

        if (lastDot >= 0 && lastComma >= 0)
        {
            return lastComma > lastDot ? NumberEvidence.CommaDecimal : NumberEvidence.DotDecimal;
        }

        var separator = lastDot >= 0 ? '.' : ',';
        var at = Math.Max(lastDot, lastComma);
        if (digits.Count(separator) > 1)
        {
            // Two of the same separator can only be grouping: the other character is the decimal one.
            return separator == '.' ? NumberEvidence.CommaDecimal : NumberEvidence.DotDecimal;
        }

        var integer = digits[..at].TrimStart("+-");
        var fraction = digits[(at + 1)..];
        var groupable = fraction.Length == 3 && fraction.IndexOfAnyExceptInRange('0', '9') < 0
            && integer.Length is >= 1 and <= 3 && integer.IndexOfAnyExceptInRange('0', '9') < 0 && integer[0] != '0';
        if (groupable)
        {
            return separator == '.' ? NumberEvidence.AmbiguousDot : NumberEvidence.AmbiguousComma;
        }

        // A separator that cannot separate groups (not before exactly three digits, or after a leading zero) is decimal.
        return separator == '.' ? NumberEvidence.DotDecimal : NumberEvidence.CommaDecimal;
    }

    /// <summary>
    /// The style a single value suggests on its own: a decimal comma only where nothing else reads it, otherwise the
    /// invariant reading (<c>6.034</c> is 6.034, <c>1,500</c> is 1500). A column's values are then read again in the
    /// style decided for the whole column (<see cref="NumberFormatDetector"/>).
    /// </summary>
    public static NumberStyle Suggested(NumberEvidence evidence) => evidence == NumberEvidence.CommaDecimal ? Comma : Dot;

    /// <summary>
    /// Reads digits with this format: at most one decimal character, grouping characters only in the integer part and
    /// between groups of three digits (the first of one to three), or Indian groups of two before a last group of three.
    /// </summary>
    public bool TryRead(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 128)
        {
            return false;
        }

        var mantissa = text;
        var exponent = ReadOnlySpan<char>.Empty;
        var e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            mantissa = text[..e];
            exponent = text[(e + 1)..];
            var digits = exponent.Length > 0 && exponent[0] is '+' or '-' ? exponent[1..] : exponent;
            if (digits.IsEmpty || digits.IndexOfAnyExceptInRange('0', '9') >= 0 || mantissa.IsEmpty)
            {
                return false;
            }
        }

        var point = mantissa.IndexOf(Decimal);
        var integer = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? [] : mantissa[(point + 1)..];
        if (fraction.IndexOfAnyExceptInRange('0', '9') >= 0 || (integer.IsEmpty && fraction.IsEmpty))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length + 2];
        var length = 0;
        if (!TryGroups(integer, buffer, ref length))
        {
            return false;
        }

        if (point >= 0)
        {
            buffer[length++] = '.';
            fraction.CopyTo(buffer[length..]);
            length += fraction.Length;
        }

        if (e >= 0)
        {
            buffer[length++] = 'e';
            exponent.CopyTo(buffer[length..]);
            length += exponent.Length;
        }

        var number = buffer[..length];
        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Beyond decimal's range, or beyond double's (1e400 reads as infinity): too large, not unreadable.
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var big) && big > 0)
        {
            value = decimal.MaxValue;
            return true;
        }

        return false;
    }

    /// <summary>Copies the integer part's digits, checking its groups: Western (1–3, then threes) or Indian (1–2, twos, then three).</summary>
    private bool TryGroups(ReadOnlySpan<char> integer, Span<char> buffer, ref int length)
    {
        var groups = 0;
        var first = 0;
        var run = 0;
        var western = true;
        var indian = true;
        for (var i = 0; i <= integer.Length; i++)
        {
            if (i < integer.Length && char.IsAsciiDigit(integer[i]))
            {
                buffer[length++] = integer[i];
                run++;
                continue;
            }

            if (i < integer.Length && !Grouping.Contains(integer[i]))
            {
                return false;
            }

            var last = i == integer.Length;
            if (groups == 0)
            {
                first = run;
                if (!last && run is < 1 or > 3)
                {
                    return false;
                }

                indian &= run <= 2;
            }
            else
            {
                western &= run == 3;
                indian &= last ? run == 3 : run == 2;
            }

            groups++;
            run = 0;
        }

        return groups == 1 || (first >= 1 && (western || indian));
    }

    /// <summary>The format as <c>data validate</c> names it: <c>decimal ',' thousands '.'</c>.</summary>
    public override string ToString()
    {
        var grouping = Grouping.Length switch
        {
            0 => "none",
            1 => Grouping == " " ? "space" : $"'{Grouping}'",
            _ when Grouping.StartsWith(' ') => "space",
            _ => $"'{Grouping[0]}'",
        };
        return $"decimal '{Decimal}', thousands {grouping}";
    }
}
