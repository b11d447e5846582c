namespace CapitalHealthReport.Loading;

/// <summary>
/// Removes U+FEFF from the text of column names and values, wherever it stands. At the start of a file it is a
/// byte-order mark; further in, it is almost always one too, left where exports were joined (<c>cat a.csv b.csv</c>,
/// JSON Lines appended to each other) or pasted from a file's head. As the "zero-width no-break space" it once also
/// was, it has been deprecated since Unicode 3.2 (U+2060 took that job), and it is invisible: a company name that kept
/// it would look the same and yet be another company, a stage or an amount would not be read. So it is removed, not
/// reported: the text a user sees is the text that is read.
/// </summary>
internal static class ByteOrderMarks
{
    /// <summary>The byte-order mark, U+FEFF.</summary>
    public const char Mark = '\uFEFF';

    /// <summary><paramref name="text"/> without U+FEFF; the same string when it holds none.</summary>
    public static string Remove(string text) => text.Contains(Mark, StringComparison.Ordinal) ? text.Replace(Mark.ToString(), "", StringComparison.Ordinal) : text;

    /// <summary>
    /// <paramref name="text"/> without U+FEFF: the same span when it holds none, else its other characters copied into
    /// <paramref name="buffer"/> (grown when too small).
    /// </summary>
    public static ReadOnlySpan<char> Remove(ReadOnlySpan<char> text, ref char[]? buffer)
    {
        var at = text.IndexOf(Mark);
        if (at < 0)
        {
            return text;
        }

        if (buffer is null || buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(64, text.Length * 2)];
        }

        text[..at].CopyTo(buffer);
        var used = at;
        foreach (var c in text[at..])
        {
            if (c != Mark)
            {
                buffer[used++] = c;
            }
        }

        return buffer.AsSpan(0, used);
    }
}
