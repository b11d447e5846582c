namespace CapitalHealthReport.Model;

/// <summary>
/// Finds keys of the commonest shape of ids, a fixed prefix and a number (<c>D0…D999999</c>, <c>SD0000001</c>,
/// <c>1024</c>, <c>ORG-17</c>), in arrays indexed by the number instead of a hash table: ids numbered in file order
/// are then found in memory order. The prefix is the first such id's; numbers are written either without leading
/// zeros or zero-padded to the width of the first padded one, each form in an array of its own, so that one number
/// stands for exactly one text. An id of another prefix or width, or with a number beyond the arrays' limit, is not of
/// the shape and is left to the caller's index. Whether a text is of the shape depends on that text and the first
/// ids alone, never on what was added since, so every text is always looked up in the same place.
/// </summary>
internal sealed class NumberedIds(int expectedKeys)
{
    private const int MaxDigits = 9;

    // Fixed for the load, so that whether an id is of the shape depends on its text alone.
    private readonly int _limit = Math.Max(1 << 16, 4 * Math.Max(expectedKeys, 0));
    private string? _prefix;
    private int _paddedWidth;
    private int[] _plain = [];
    private int[] _padded = [];

    /// <summary>
    /// Adds <paramref name="id"/> with <paramref name="value"/> (a non-negative number): true when it is new, false
    /// (with the value it has) when it is there already, null when the id is not of the shape.
    /// </summary>
    public bool? TryAdd(ReadOnlySpan<char> id, int value, out int existing)
    {
        existing = -1;
        var digits = id.Length;
        while (digits > 0 && char.IsAsciiDigit(id[digits - 1]))
        {
            digits--;
        }

        var number = id[digits..];
        if (number.IsEmpty || number.Length > MaxDigits)
        {
            return null;
        }

        var prefix = id[..digits];
        _prefix ??= prefix.ToString();
        if (!prefix.SequenceEqual(_prefix))
        {
            return null;
        }

        var padded = number[0] == '0' && number.Length > 1;
        if (padded)
        {
            _paddedWidth = _paddedWidth == 0 ? number.Length : _paddedWidth;
            if (number.Length != _paddedWidth)
            {
                return null;
            }
        }

        var n = 0;
        foreach (var c in number)
        {
            n = (n * 10) + (c - '0');
        }

        if (n >= _limit)
        {
            return null;
        }

        ref var values = ref padded ? ref _padded : ref _plain;
        if (n >= values.Length)
        {
            Array.Resize(ref values, (int)Math.Min(_limit, Math.Max(1024, Math.Max(2L * values.Length, n + 1L))));
        }

        ref var slot = ref values[n];
        if (slot != 0)
        {
            existing = slot - 1;
            return false;
        }

        slot = value + 1;
        return true;
    }
}
