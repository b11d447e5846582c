namespace CapitalHealthReport.Loading;

/// <summary>How the row mapper reads a field's text from the current row: joined columns, byte-order marks, missing-value markers and fill-down.</summary>
internal sealed partial class DealRowMapper
{
    /// <summary>
    /// The raw text of a field of the current row (its columns' texts joined by a space for a joined field), without the
    /// byte-order marks joined exports leave in it (<see cref="ByteOrderMarks"/>); empty when the source has no such column.
    /// </summary>
    private ReadOnlySpan<char> Field(CanonicalField field)
    {
        if (_resolver.Joined[(int)field] is { } columns)
        {
            return Join(field, columns);
        }

        return _resolver.Columns[(int)field] is var column and >= 0 ? Text(field, column) : default;
    }

    /// <summary>A column's text in the current row, without U+FEFF (<see cref="ByteOrderMarks"/>).</summary>
    private ReadOnlySpan<char> Text(CanonicalField field, int column) =>
        TextMayHoldMarks ? ByteOrderMarks.Remove(_row[column], ref _markBuffers[(int)field]) : _row[column];

    /// <summary>A field's trimmed text; empty when it is a missing-value marker (<c>nan</c>, <c>N/A</c>, <c>-</c>, the mapping's <c>na_values</c>).</summary>
    private ReadOnlySpan<char> Clean(CanonicalField field)
    {
        var text = Field(field).Trim();
        return _missing.IsMissing(text) ? default : text;
    }

    /// <summary>A field's text as mapped: <see cref="Clean"/>, or the row before's value for an empty <c>fill_down</c> field.</summary>
    private ReadOnlySpan<char> Cell(CanonicalField field) => _fill.Apply(field, Clean(field));

    /// <summary>The non-empty texts of a joined field's columns, trimmed and joined by a space, in a buffer of the field's own.</summary>
    private ReadOnlySpan<char> Join(CanonicalField field, int[] columns)
    {
        var length = 0;
        foreach (var column in columns)
        {
            length += column >= 0 ? _row[column].Length + 1 : 0;
        }

        ref var buffer = ref _joinBuffers[(int)field];
        if (buffer is null || buffer.Length < length)
        {
            buffer = new char[Math.Max(64, length * 2)];
        }

        var used = 0;
        foreach (var column in columns)
        {
            var text = column >= 0 ? Text(field, column).Trim() : default;
            if (!text.IsEmpty && !_missing.IsMissing(text))
            {
                if (used > 0)
                {
                    buffer[used++] = ' ';
                }

                text.CopyTo(buffer.AsSpan(used));
                used += text.Length;
            }
        }

        return buffer.AsSpan(0, used);
    }
}
