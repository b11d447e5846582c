using System.Text;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>Escapes data for Markdown so that it shows literally and never becomes markup.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes every character Markdown (and the report's extensions) could read as markup:
    /// <c>\ ` * _ [ ] &lt; &gt; | # ~ &amp; { } ^ !</c>, a leading <c>-</c>, <c>+</c>, <c>=</c> or <c>1.</c>
    /// list/heading marker, doubled <c>++</c>/<c>==</c>; newlines and tabs become a space so a value stays on its line.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append(' ');
                    break;
                case '\n' or '\t' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085':
                    builder.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '{' or '}' or '^' or '!' or '$':
                    builder.Append('\\').Append(ch);
                    break;
                case '+' or '=' or '-' when i == 0 || (i + 1 < text.Length && text[i + 1] == ch && ch != '-'):
                    builder.Append('\\').Append(ch);
                    break;
                case '+' or '=' when i > 0 && text[i - 1] == ch:
                    builder.Append('\\').Append(ch);
                    break;
                case '.' or ')' when IsLeadingOrdinal(text, i):
                    builder.Append('\\').Append(ch);
                    break;
                default:
                    if (char.IsControl(ch))
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(ch);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="index"/> ends a leading run of digits (<c>1. </c>, <c>12)</c> followed by a space or the end): an ordered-list marker.</summary>
    private static bool IsLeadingOrdinal(string text, int index)
    {
        if (index == 0 || (index + 1 < text.Length && text[index + 1] != ' ' && text[index + 1] != '\t'))
        {
            return false;
        }

        for (var j = 0; j < index; j++)
        {
            if (!char.IsAsciiDigit(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
