using System.Text.RegularExpressions;

namespace CapitalHealthReport.Text;

/// <summary>
/// Keeps messages readable whatever the input: a value quoted in a message (<c>'…'</c> or <c>"…"</c>) longer than
/// <see cref="MaxQuotedLength"/> characters is cut there with an ellipsis, so a 1 MB mapping value gives a one-line
/// error instead of a 1 MB one; a message still longer than <see cref="MaxMessageLength"/> is cut as a whole.
/// <see cref="InputException"/> applies it to every message, in one place.
/// </summary>
public static partial class MessageText
{
    /// <summary>The longest quoted value kept whole.</summary>
    public const int MaxQuotedLength = 200;

    /// <summary>The longest message kept whole.</summary>
    public const int MaxMessageLength = 2_000;

    public static string Shorten(string? message)
    {
        if (string.IsNullOrEmpty(message) || message.Length <= MaxQuotedLength)
        {
            return message ?? "";
        }

        var shortened = Quoted().Replace(message, static m =>
        {
            var quote = m.Value[0];
            var inner = m.Value[1..^1];
            return inner.Length <= MaxQuotedLength ? m.Value : $"{quote}{Cut(inner, MaxQuotedLength)}…{quote}";
        });
        return shortened.Length <= MaxMessageLength ? shortened : Cut(shortened, MaxMessageLength) + "…";
    }

    /// <summary>One value shown on its own: cut at <see cref="MaxQuotedLength"/> characters with an ellipsis.</summary>
    public static string ShortenValue(string? value) =>
        value is null ? "" : value.Length <= MaxQuotedLength ? value : Cut(value, MaxQuotedLength) + "…";

    /// <summary>The first <paramref name="length"/> characters, not splitting a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        var end = Math.Min(length, text.Length);
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    [GeneratedRegex("'[^'\\n]*'|\"[^\"\\n]*\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Quoted();
}
