namespace CapitalHealthReport.Loading;

/// <summary>A sheet column's letters as Excel shows them: 1 is <c>A</c>, 27 <c>AA</c>, 16,384 <c>XFD</c>.</summary>
internal static class ColumnLetters
{
    /// <summary>The letters of the 1-based column <paramref name="column"/>.</summary>
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }
}
