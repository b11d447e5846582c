using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>What a piece of an Excel number format code is.</summary>
internal enum NumberFormatTokenKind
{
    /// <summary>An unquoted <c>;</c>: the end of one section (positive, negative, zero, text) and the start of the next.</summary>
    SectionBreak,

    /// <summary>Text in double quotes (<c>"万元"</c>), shown as written; <see cref="NumberFormatToken.Text"/> is the text inside.</summary>
    Quoted,

    /// <summary>A character escaped with <c>\</c> or <c>!</c> (<c>\M</c>), shown as written.</summary>
    Escaped,

    /// <summary>A currency tag <c>[$€-407]</c> or <c>[$USD]</c>: the sign shown, and the locale (a Windows LCID in hex) when there is one.</summary>
    CurrencyTag,

    /// <summary>A locale tag with no sign (<c>[$-804]</c>, <c>[$-F800]</c>): it shows nothing.</summary>
    LocaleTag,

    /// <summary>A colour tag (<c>[Red]</c>, <c>[Color10]</c>).</summary>
    Color,

    /// <summary>A condition tag (<c>[&gt;=10000]</c>) choosing which numbers the section shows.</summary>
    Condition,

    /// <summary>Elapsed time (<c>[h]</c>, <c>[mm]</c>, <c>[ss]</c>).</summary>
    Elapsed,

    /// <summary>Any other bracketed tag (<c>[DBNum1]</c>).</summary>
    OtherTag,

    /// <summary><c>_x</c>: blank space as wide as x; <see cref="NumberFormatToken.Text"/> is x, which is not shown.</summary>
    Padding,

    /// <summary><c>*x</c>: x repeated to fill the cell's width; <see cref="NumberFormatToken.Text"/> is x, a filler, not text.</summary>
    Fill,

    /// <summary>A digit placeholder: <c>0</c>, <c>#</c> or <c>?</c>.</summary>
    Digit,

    /// <summary>The decimal point.</summary>
    DecimalPoint,

    /// <summary>A comma between digit placeholders (<c>#,##0</c>): digits are grouped by thousands.</summary>
    ThousandsSeparator,

    /// <summary>A comma after a number's last digit placeholder (<c>#,##0,</c>): the number shown is the stored one divided by 1,000.</summary>
    ScalingComma,

    /// <summary><c>%</c>: the number shown is the stored one times 100.</summary>
    Percent,

    /// <summary>Scientific notation: <c>E+</c>, <c>E-</c>, <c>e+</c>, <c>e-</c>.</summary>
    Exponent,

    /// <summary>Date and time letters (<c>yyyy</c>, <c>m</c>, <c>dd</c>, <c>h</c>, <c>ss</c>, <c>AM/PM</c>, <c>A/P</c>), a run of one letter each.</summary>
    DateTime,

    /// <summary>The word <c>General</c>: the number as Excel shows it by default.</summary>
    General,

    /// <summary><c>@</c>: the cell's text.</summary>
    TextPlaceholder,

    /// <summary>Any other character, shown as written (<c>$</c>, <c>-</c>, a space, <c>万</c>).</summary>
    Literal,
}

/// <summary>
/// One piece of a number format code: its kind, where it is in the code (<paramref name="Start"/>, <paramref name="Length"/>),
/// what it means as text (<paramref name="Text"/>: a quoted text without its quotes, an escaped, padding or fill
/// character, a tag's content, a currency tag's sign; the code's own characters otherwise) and a tag's locale.
/// </summary>
internal readonly record struct NumberFormatToken(NumberFormatTokenKind Kind, int Start, int Length, string Text, int? Locale = null);

/// <summary>
/// Splits an Excel number format code into its pieces, as Excel reads it: quoted text, escapes and padding before
/// anything else, so that the <c>$</c> of <c>_$</c> or <c>*$</c> is a width or a filler, never a sign shown. The pieces
/// cover the code from end to end, one after another; an unclosed quote or bracket runs to the end. Never throws.
/// </summary>
internal static class NumberFormatTokens
{
    private static readonly string[] Colors = ["Black", "Blue", "Cyan", "Green", "Magenta", "Red", "White", "Yellow"];

    /// <summary>The pieces of <paramref name="format"/>, sections separated by <see cref="NumberFormatTokenKind.SectionBreak"/>.</summary>
    public static NumberFormatToken[] Read(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var tokens = new List<NumberFormatToken>();
        for (var i = 0; i < format.Length; i += tokens[^1].Length)
        {
            tokens.Add(At(format, i));
        }

        ClassifyCommas(tokens);
        return [.. tokens];
    }

    /// <summary>The pieces of <paramref name="format"/>'s first section (the one positive numbers are shown by).</summary>
    public static IEnumerable<NumberFormatToken> FirstSection(string format) =>
        Read(format).TakeWhile(static token => token.Kind != NumberFormatTokenKind.SectionBreak);

    private static NumberFormatToken At(string format, int i)
    {
        var c = format[i];
        var hasNext = i + 1 < format.Length;
        switch (c)
        {
            case ';':
                return new(NumberFormatTokenKind.SectionBreak, i, 1, ";");
            case '"':
                var close = format.IndexOf('"', i + 1);
                var end = close < 0 ? format.Length : close + 1;
                return new(NumberFormatTokenKind.Quoted, i, end - i, format[(i + 1)..(close < 0 ? format.Length : close)]);
            case '\\' or '!' when hasNext:
                return Character(NumberFormatTokenKind.Escaped, format, i);
            case '_' when hasNext:
                return Character(NumberFormatTokenKind.Padding, format, i);
            case '*' when hasNext:
                return Character(NumberFormatTokenKind.Fill, format, i);
            case '[':
                return Tag(format, i);
            case '0' or '#' or '?':
                return new(NumberFormatTokenKind.Digit, i, 1, c.ToString());
            case '.':
                return new(NumberFormatTokenKind.DecimalPoint, i, 1, ".");
            case ',':
                return new(NumberFormatTokenKind.ThousandsSeparator, i, 1, ",");
            case '%':
                return new(NumberFormatTokenKind.Percent, i, 1, "%");
            case '@':
                return new(NumberFormatTokenKind.TextPlaceholder, i, 1, "@");
            case 'E' or 'e' when hasNext && format[i + 1] is '+' or '-':
                return new(NumberFormatTokenKind.Exponent, i, 2, format.Substring(i, 2));
            default:
                return Word(format, i, "General", NumberFormatTokenKind.General)
                    ?? Word(format, i, "AM/PM", NumberFormatTokenKind.DateTime)
                    ?? Word(format, i, "A/P", NumberFormatTokenKind.DateTime)
                    ?? DateLetters(format, i)
                    ?? new(NumberFormatTokenKind.Literal, i, CharLength(format, i), format.Substring(i, CharLength(format, i)));
        }
    }

    /// <summary>A two-character piece (<c>\x</c>, <c>_x</c>, <c>*x</c>) whose text is x (a surrogate pair kept whole).</summary>
    private static NumberFormatToken Character(NumberFormatTokenKind kind, string format, int i)
    {
        var length = CharLength(format, i + 1);
        return new(kind, i, 1 + length, format.Substring(i + 1, length));
    }

    private static int CharLength(string format, int i) => char.IsSurrogatePair(format, i) ? 2 : 1;

    private static NumberFormatToken? Word(string format, int i, string word, NumberFormatTokenKind kind) =>
        format.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase)
            ? new(kind, i, word.Length, format.Substring(i, word.Length))
            : null;

    private static NumberFormatToken? DateLetters(string format, int i)
    {
        var letter = char.ToLowerInvariant(format[i]);
        if (letter is not ('y' or 'm' or 'd' or 'h' or 's'))
        {
            return null;
        }

        var end = i + 1;
        while (end < format.Length && char.ToLowerInvariant(format[end]) == letter)
        {
            end++;
        }

        return new(NumberFormatTokenKind.DateTime, i, end - i, format[i..end]);
    }

    /// <summary>A bracketed tag: <c>[$€-407]</c>, <c>[$-804]</c>, <c>[Red]</c>, <c>[&gt;=10000]</c>, <c>[h]</c>, or another.</summary>
    private static NumberFormatToken Tag(string format, int i)
    {
        var close = format.IndexOf(']', i + 1);
        var end = close < 0 ? format.Length : close;
        var content = format[(i + 1)..end];
        var length = (close < 0 ? format.Length : close + 1) - i;
        if (content.StartsWith('$'))
        {
            // [$€-407]: the sign, then the locale (a Windows LCID in hex); [$-409] is a locale alone.
            var dash = content.LastIndexOf('-');
            var sign = (dash > 0 ? content[1..dash] : content[1..]).Trim();
            int? locale = dash > 0 && int.TryParse(content.AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var lcid) ? lcid : null;
            return new(sign.Length == 0 ? NumberFormatTokenKind.LocaleTag : NumberFormatTokenKind.CurrencyTag, i, length, sign, locale);
        }

        var kind = content switch
        {
            ['<' or '>' or '=', ..] => NumberFormatTokenKind.Condition,
            [_, ..] when content.All(static c => c is 'h' or 'H' or 'm' or 'M' or 's' or 'S') => NumberFormatTokenKind.Elapsed,
            _ when IsColor(content) => NumberFormatTokenKind.Color,
            _ => NumberFormatTokenKind.OtherTag,
        };
        return new(kind, i, length, content);
    }

    private static bool IsColor(string content) =>
        Colors.Contains(content, StringComparer.OrdinalIgnoreCase)
        || (content.StartsWith("Color", StringComparison.OrdinalIgnoreCase) && content.Length > 5 && !content.AsSpan(5).ContainsAnyExceptInRange('0', '9'));

    /// <summary>
    /// Decides what each comma of a section is: before any digit placeholder, a character shown; followed by a digit
    /// placeholder before the decimal point or the section's end, a thousands separator; otherwise a scaling comma.
    /// </summary>
    private static void ClassifyCommas(List<NumberFormatToken> tokens)
    {
        var digits = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case NumberFormatTokenKind.SectionBreak:
                    digits = false;
                    break;
                case NumberFormatTokenKind.Digit:
                    digits = true;
                    break;
                case NumberFormatTokenKind.ThousandsSeparator when !digits:
                    tokens[i] = token with { Kind = NumberFormatTokenKind.Literal };
                    break;
                case NumberFormatTokenKind.ThousandsSeparator when !DigitFollows(tokens, i):
                    tokens[i] = token with { Kind = NumberFormatTokenKind.ScalingComma };
                    break;
                default:
                    break;
            }
        }
    }

    private static bool DigitFollows(List<NumberFormatToken> tokens, int comma)
    {
        for (var i = comma + 1; i < tokens.Count; i++)
        {
            switch (tokens[i].Kind)
            {
                case NumberFormatTokenKind.Digit:
                    return true;
                case NumberFormatTokenKind.DecimalPoint or NumberFormatTokenKind.SectionBreak:
                    return false;
                default:
                    break;
            }
        }

        return false;
    }
}
