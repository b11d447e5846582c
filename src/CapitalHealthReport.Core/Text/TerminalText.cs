using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Text;

/// <summary>
/// Text from data, rule packs or templates made safe for a terminal. Control characters would otherwise reach it as
/// they are: an escape sequence in a company name can recolour, move the cursor, retitle the window or hide the
/// lines before it, and a NUL or a bidirectional override can make a line read differently from what it holds. Each
/// such character is shown instead in C notation: <c>ESC</c> as <c>\x1b</c>, NUL as <c>\x00</c>, U+202E as <c>\u202e</c>.
/// </summary>
public static class TerminalText
{
    /// <summary>
    /// <paramref name="text"/> with every control character shown visibly; tab and, when
    /// <paramref name="keepLineBreaks"/>, line feed stay as they are.
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var first = FirstUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c, keepLineBreaks))
            {
                builder.Append(c <= 0xFF
                    ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True for the characters <see cref="Escape"/> replaces: C0 controls (but tab, and line feed when
    /// <paramref name="keepLineBreaks"/>), DEL, C1 controls, the line and paragraph separators, and the bidirectional
    /// marks, embeddings, overrides and isolates.
    /// </summary>
    public static bool IsUnsafe(char c, bool keepLineBreaks = false) => c switch
    {
        '\t' => false,
        '\n' => !keepLineBreaks,
        < ' ' => true,
        >= '\u007f' and <= '\u009f' => true,
        '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029' => true,
        >= '\u202a' and <= '\u202e' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    private static int FirstUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }
}
