using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// A column whose row k is row <c>rows[k]</c> of <paramref name="distinct"/>, sharing its characters: a million
    /// company names that repeat three hundred thousand texts cost one span each, not one copy each.
    /// </summary>
    public static TextColumn Gather(TextColumn distinct, int[] rows, int count)
    {
        var spans = new long[count];
        for (var k = 0; k < count; k++)
        {
            spans[k] = distinct._spans[rows[k]];
        }

        return new(distinct._chars, spans, count);
    }

    /// <summary>A row's text: its start in the buffer in the high half of <paramref name="span"/>, its length in the low half (one read per row).</summary>
    private static ReadOnlySpan<char> Slice(char[] chars, long span) => chars.AsSpan((int)(span >>> 32), (int)span);

    private static long Span(int start, int length) => ((long)start << 32) | (uint)length;

    /// <summary>Appends texts row by row; optionally indexes them so that a row can be found by its text.</summary>
    internal sealed class Builder
    {
        private readonly bool _indexed;
        private char[] _chars;
        private long[] _spans;
        private int _used;
        private int _count;

        // The index: open addressing, each slot two longs: the text's hash (high half) and its row + 1 (low half;
        // 0 = free), then the row's span, so that a probe reads the text without another lookup.
        private long[] _slots;
        private int _indexedRows;

        /// <summary>A builder with room for <paramref name="rows"/> texts; with <paramref name="indexed"/>, texts can be found (<see cref="TryIndex(ReadOnlySpan{char}, int, out int)"/>, <see cref="Intern(ReadOnlySpan{char})"/>).</summary>
        public Builder(int rows, bool indexed = false)
        {
            rows = Math.Max(rows, 16);
            _indexed = indexed;
            _chars = new char[rows * 8];
            _spans = new long[rows];
            _slots = indexed ? new long[2 * BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, rows * 2))] : [];
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
        public bool TryIndex(ReadOnlySpan<char> text, int row, out int existing) => TryIndex(text, Hash(text), row, out existing);

        /// <summary>The hash under which <see cref="TryIndex(ReadOnlySpan{char}, int, int, out int)"/> files <paramref name="text"/>.</summary>
        public static int Hash(ReadOnlySpan<char> text) => string.GetHashCode(text);

        /// <summary>
        /// Asks the processor to bring the index slot of a text of hash <paramref name="hash"/> into its cache, so that a
        /// lookup some rows later does not wait for memory: a table of a few hundred thousand names is larger than the
        /// cache, and each lookup would otherwise wait twice (for the slot, then for the text it points to).
        /// </summary>
        public unsafe void PrefetchSlot(int hash)
        {
            if (Sse.IsSupported && _indexed)
            {
                fixed (long* slots = _slots)
                {
                    Sse.Prefetch0(slots + (2 * (hash & ((_slots.Length / 2) - 1))));
                }
            }
        }

        /// <summary>
        /// Asks the processor to bring the text that the first slot of hash <paramref name="hash"/> points to into its
        /// cache (after <see cref="PrefetchSlot"/>, when that slot is likely cached): the text a lookup compares with.
        /// </summary>
        public unsafe void PrefetchText(int hash)
        {
            if (Sse.IsSupported && _indexed)
            {
                var slot = 2 * (hash & ((_slots.Length / 2) - 1));
                var entry = _slots[slot];
                if ((int)(entry >> 32) == hash && (int)entry - 1 < _count)
                {
                    var start = (int)(_slots[slot + 1] >>> 32);
                    fixed (char* chars = _chars)
                    {
                        Sse.Prefetch0(chars + start);
                    }
                }
            }
        }

        /// <summary>
        /// <see cref="TryIndex(ReadOnlySpan{char}, int, out int)"/> with the text's <see cref="Hash"/> computed already.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryIndex(ReadOnlySpan<char> text, int hash, int row, out int existing)
        {
            if (!_indexed)
            {
                throw new InvalidOperationException("The column is not indexed.");
            }

            if ((_indexedRows + 1) * 4 > _slots.Length)
            {
                Rehash(_slots.Length);
            }

            var mask = (_slots.Length / 2) - 1;
            var slot = hash & mask;
            for (var entry = _slots[2 * slot]; entry != 0; entry = _slots[2 * (slot = (slot + 1) & mask)])
            {
                if ((int)(entry >> 32) == hash && (((int)entry - 1 == _count) ? text : Slice(_chars, _slots[(2 * slot) + 1])).SequenceEqual(text))
                {
                    existing = (int)entry - 1;
                    return false;
                }
            }

            // The span of a row not added yet is where Add will put it.
            _slots[2 * slot] = ((long)hash << 32) | (uint)(row + 1);
            _slots[(2 * slot) + 1] = row == _count ? Span(_used, text.Length) : _spans[row];
            _indexedRows++;
            existing = -1;
            return true;
        }

        /// <summary>The row of the text equal to <paramref name="text"/>, added and indexed now if there is none (dense numbers for distinct texts).</summary>
        public int Intern(ReadOnlySpan<char> text) => Intern(text, Hash(text));

        /// <summary><see cref="Intern(ReadOnlySpan{char})"/> with the text's <see cref="Hash"/> computed already.</summary>
        public int Intern(ReadOnlySpan<char> text, int hash)
        {
            var row = _count;
            if (TryIndex(text, hash, row, out var existing))
            {
                Add(text);
                return row;
            }

            return existing;
        }

        /// <summary>The column of the texts added (it shares this builder's buffers; add nothing after).</summary>
        public TextColumn Build() => new(_chars, _spans, _count);

        /// <summary>Doubles the index (<paramref name="length"/> longs now).</summary>
        private void Rehash(int length)
        {
            var slots = new long[2 * length];
            var mask = length - 1;
            for (var k = 0; k < _slots.Length; k += 2)
            {
                if (_slots[k] != 0)
                {
                    var slot = (int)(_slots[k] >> 32) & mask;
                    while (slots[2 * slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    slots[2 * slot] = _slots[k];
                    slots[(2 * slot) + 1] = _slots[k + 1];
                }
            }

            _slots = slots;
        }
    }
}
