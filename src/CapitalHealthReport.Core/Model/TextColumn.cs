using System.Numerics;
using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// One text per row, stored as slices of one character buffer, so that a million ids or names cost one 64-bit
/// integer each (start and length) instead of a string object each. Strings are made only when a caller asks for one.
/// </summary>
internal sealed class TextColumn
{
    private readonly char[] _chars;
    private readonly long[] _spans;

    private TextColumn(char[] chars, long[] spans, int count)
    {
        _chars = chars;
        _spans = spans;
        Count = count;
    }

    public static TextColumn Empty { get; } = new([], [], 0);

    public int Count { get; }

    public ReadOnlySpan<char> this[int row] => Slice(_chars, _spans[row]);

    public string GetString(int row) => (int)_spans[row] == 0 ? "" : new string(this[row]);

    /// <summary>A row's text: its start in the buffer in the high half of <paramref name="span"/>, its length in the low half (one read per row).</summary>
    private static ReadOnlySpan<char> Slice(char[] chars, long span) => chars.AsSpan((int)(span >>> 32), (int)span);

    private static long Span(int start, int length) => ((long)start << 32) | (uint)length;

    public static TextColumn FromStrings(IReadOnlyList<string> values)
    {
        var builder = new Builder(values.Count);
        foreach (var value in values)
        {
            builder.Add(value);
        }

        return builder.Build();
    }

    /// <summary>Appends texts row by row; optionally indexes them so that a row can be found by its text.</summary>
    internal sealed class Builder
    {
        private char[] _chars;
        private long[] _spans;
        private int _used;
        private int _count;

        // Texts are indexed lazily: while every text indexed is ordinally greater than the one before (ids exported in
        // order), comparing with the greatest is proof enough that a text is new. The first text out of order builds
        // a hash index (open addressing; each slot holds the text's hash and row + 1, 0 = free) of every row before it.
        private bool _hashed;
        private int _greatest = -1;
        private long[] _slots = [];
        private int _indexed;
        private readonly bool _indexEmpty;
        private readonly int _expected;

        /// <summary>A builder with room for <paramref name="rows"/> texts; with <paramref name="interning"/>, every row is indexed, the empty text too (see <see cref="Intern"/>).</summary>
        public Builder(int rows, bool interning = false)
        {
            _indexEmpty = interning;
            rows = Math.Max(rows, 16);
            _expected = rows;
            _chars = new char[rows * 8];
            _spans = new long[rows];
        }

        public int Count => _count;

        public ReadOnlySpan<char> this[int row] => Slice(_chars, _spans[row]);

        public void Add(ReadOnlySpan<char> text)
        {
            if (_count == _spans.Length)
            {
                Grow(_count + 1);
            }

            if (_used + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Grown(_chars.Length, _used + text.Length));
            }

            text.CopyTo(_chars.AsSpan(_used));
            _spans[_count] = Span(_used, text.Length);
            _used += text.Length;
            _count++;
        }

        /// <summary>Appends the texts of rows <c>from..to</c> of <paramref name="other"/>.</summary>
        public void AddRange(Builder other, int from, int to)
        {
            if (to <= from)
            {
                return;
            }

            if (_count + (to - from) > _spans.Length)
            {
                Grow(_count + (to - from));
            }

            var first = (int)(other._spans[from] >>> 32);
            var chars = (int)(other._spans[to - 1] >>> 32) + (int)other._spans[to - 1] - first;
            if (_used + chars > _chars.Length)
            {
                Array.Resize(ref _chars, Grown(_chars.Length, _used + chars));
            }

            Array.Copy(other._chars, first, _chars, _used, chars);
            var shift = _used - first;
            for (var k = from; k < to; k++)
            {
                _spans[_count] = other._spans[k] + ((long)shift << 32);
                _count++;
            }

            _used += chars;
        }

        /// <summary>Twice the length, or what is needed, up to the largest array.</summary>
        private static int Grown(int length, int needed) => (int)Math.Max(needed, Math.Min(Array.MaxLength, 2L * length));

        /// <summary>Makes room for <paramref name="rows"/> rows in all.</summary>
        public void EnsureCapacity(int rows)
        {
            if (rows > _spans.Length)
            {
                Array.Resize(ref _spans, rows);
            }
        }

        /// <summary>The row indexed with this text, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Find(ReadOnlySpan<char> text)
        {
            if (!_hashed)
            {
                if (_greatest < 0 || text.SequenceCompareTo(this[_greatest]) > 0)
                {
                    return -1;
                }

                Hash();
            }

            var hash = string.GetHashCode(text);
            var mask = _slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    return -1;
                }

                var row = (int)entry - 1;
                if ((int)(entry >> 32) == hash && this[row].SequenceEqual(text))
                {
                    return row;
                }
            }
        }

        /// <summary>
        /// Indexes row <paramref name="row"/> (added, or the next to be added) under <paramref name="text"/>; false,
        /// with the row indexed before, when the text is already indexed. Rows with empty text are indexed only when interning.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryIndex(ReadOnlySpan<char> text, int row, out int existing)
        {
            existing = -1;
            if (!_hashed)
            {
                if (_greatest < 0 || text.SequenceCompareTo(this[_greatest]) > 0)
                {
                    _greatest = row;
                    return true;
                }

                Hash();
            }

            if ((_indexed + 1) * 2 > _slots.Length)
            {
                Rehash(Math.Max(1024, _slots.Length * 2));
            }

            var hash = string.GetHashCode(text);
            var mask = _slots.Length - 1;
            var slot = hash & mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    break;
                }

                var stored = (int)entry - 1;
                if ((int)(entry >> 32) == hash && (stored == _count ? text : this[stored]).SequenceEqual(text))
                {
                    existing = stored;
                    return false;
                }

                slot = (slot + 1) & mask;
            }

            _slots[slot] = ((long)hash << 32) | (uint)(row + 1);
            _indexed++;
            return true;
        }

        /// <summary>The row of the text equal to <paramref name="text"/>, added and indexed now if there is none (dense numbers for distinct texts).</summary>
        public int Intern(ReadOnlySpan<char> text)
        {
            var row = _count;
            if (TryIndex(text, row, out var existing))
            {
                Add(text);
                return row;
            }

            return existing;
        }

        /// <summary>The column of the texts added (it shares this builder's buffers; add nothing after).</summary>
        public TextColumn Build() => new(_chars, _spans, _count);

        private void Grow(int rows)
        {
            EnsureCapacity(Math.Max(rows, _spans.Length * 2));
        }

        /// <summary>Leaves the in-order mode: indexes every row up to the greatest so far by hash.</summary>
        private void Hash()
        {
            _hashed = true;
            var rows = _greatest < 0 ? 0 : Math.Min(_greatest + 1, _count);
            var indexed = 0;
            for (var row = 0; row < rows; row++)
            {
                indexed += _indexEmpty || (int)_spans[row] > 0 ? 1 : 0;
            }

            // Sized for the texts expected, so that the index is not rebuilt again and again as it fills.
            Rehash((int)Math.Min(1u << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, (Math.Max(indexed, _expected) * 2) + 2))));
            for (var row = 0; row < rows; row++)
            {
                if (_indexEmpty || (int)_spans[row] > 0)
                {
                    TryIndex(this[row], row, out _);
                }
            }
        }

        private void Rehash(int size)
        {
            var slots = ZeroedArray.Create<long>(size);
            var mask = size - 1;
            foreach (var entry in _slots)
            {
                if (entry == 0)
                {
                    continue;
                }

                var slot = (int)(entry >> 32) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }

            _slots = slots;
        }
    }
}
