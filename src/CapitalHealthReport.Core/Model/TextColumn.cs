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
        private readonly bool _indexed;
        private char[] _chars;
        private long[] _spans;
        private int _used;
        private int _count;

        // The index: open addressing, each slot the text's hash (high half) and its row + 1 (low half; 0 = free).
        private long[] _slots;
        private int _indexedRows;

        /// <summary>A builder with room for <paramref name="rows"/> texts; with <paramref name="indexed"/>, texts can be found (<see cref="TryIndex"/>, <see cref="Intern"/>).</summary>
        public Builder(int rows, bool indexed = false)
        {
            rows = Math.Max(rows, 16);
            _indexed = indexed;
            _chars = new char[rows * 8];
            _spans = new long[rows];
            _slots = indexed ? new long[BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, rows * 2))] : [];
        }

        public int Count => _count;

        public ReadOnlySpan<char> this[int row] => Slice(_chars, _spans[row]);

        public void Add(ReadOnlySpan<char> text)
        {
            if (_count == _spans.Length)
            {
                Array.Resize(ref _spans, (int)Math.Min(Array.MaxLength, 2L * _spans.Length));
            }

            if (_used + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, (int)Math.Max(_used + text.Length, Math.Min(Array.MaxLength, 2L * _chars.Length)));
            }

            text.CopyTo(_chars.AsSpan(_used));
            _spans[_count] = Span(_used, text.Length);
            _used += text.Length;
            _count++;
        }

        /// <summary>
        /// Indexes row <paramref name="row"/> (added, or the next to be added) under <paramref name="text"/>; false,
        /// with the row indexed before, when the text is already indexed.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryIndex(ReadOnlySpan<char> text, int row, out int existing)
        {
            if (!_indexed)
            {
                throw new InvalidOperationException("The column is not indexed.");
            }

            if ((_indexedRows + 1) * 2 > _slots.Length)
            {
                Rehash(_slots.Length * 2);
            }

            var hash = string.GetHashCode(text);
            var mask = _slots.Length - 1;
            var slot = hash & mask;
            for (var entry = _slots[slot]; entry != 0; entry = _slots[slot = (slot + 1) & mask])
            {
                var stored = (int)entry - 1;
                if ((int)(entry >> 32) == hash && (stored == _count ? text : this[stored]).SequenceEqual(text))
                {
                    existing = stored;
                    return false;
                }
            }

            _slots[slot] = ((long)hash << 32) | (uint)(row + 1);
            _indexedRows++;
            existing = -1;
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

        private void Rehash(int size)
        {
            var slots = new long[size];
            var mask = size - 1;
            foreach (var entry in _slots)
            {
                if (entry != 0)
                {
                    var slot = (int)(entry >> 32) & mask;
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    slots[slot] = entry;
                }
            }

            _slots = slots;
        }
    }
}
