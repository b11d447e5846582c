namespace CapitalHealthReport.Model;

/// <summary>
/// Claims deal ids of the commonest shape, a fixed prefix and a number (<c>D0…D999999</c>, <c>1024</c>,
/// <c>ORG-17</c>), in an array indexed by the number instead of a hash table: ids numbered in file order are then
/// claimed in memory order. The prefix is the first such id's; an id of another prefix, with a leading zero, or with
/// a number beyond the array's limit is not of the shape, and its claim is left to the caller's index. Each id text
/// is of the shape or not whatever came before it, so every id is claimed in exactly one place.
/// </summary>
internal sealed class NumberedIds(int expectedRows)
{
    private const int MaxDigits = 9;

    // Fixed for the load, so that whether an id is of the shape depends on its text alone.
    private readonly int _limit = Math.Max(1 << 16, 4 * Math.Max(expectedRows, 0));
    private string? _prefix;
    private int[] _rowPlusOne = [];

    /// <summary>
    /// Claims <paramref name="id"/> for <paramref name="row"/>: true when it is new, false (with the row that has it)
    /// when it is taken, null when the id is not of the shape.
    /// </summary>
    public bool? TryClaim(ReadOnlySpan<char> id, int row, out int existing)
    {
        existing = -1;
        var digits = id.Length;
        while (digits > 0 && char.IsAsciiDigit(id[digits - 1]))
        {
            digits--;
        }

        var number = id[digits..];
        if (number.IsEmpty || number.Length > MaxDigits || (number[0] == '0' && number.Length > 1))
        {
            return null;
        }

        var prefix = id[..digits];
        _prefix ??= prefix.ToString();
        if (!prefix.SequenceEqual(_prefix))
        {
            return null;
        }

        var value = 0;
        foreach (var c in number)
        {
            value = (value * 10) + (c - '0');
        }

        if (value >= _limit)
        {
            return null;
        }

        if (value >= _rowPlusOne.Length)
        {
            Array.Resize(ref _rowPlusOne, (int)Math.Min(_limit, Math.Max(1024, Math.Max(2L * _rowPlusOne.Length, value + 1L))));
        }

        ref var slot = ref _rowPlusOne[value];
        if (slot != 0)
        {
            existing = slot - 1;
            return false;
        }

        slot = row + 1;
        return true;
    }
}
