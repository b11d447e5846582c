using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Splits the bytes of a delimited file into parts that start on record boundaries, so that each part can be
/// decoded and read on its own core. A boundary is the position after a line feed that is outside quotes, by
/// the reader's own rule: a quote opens a quoted value only as the first character of a field; inside, a doubled
/// quote is a quote and a single one closes. Only encodings in which these ASCII bytes never occur inside a
/// multi-byte character qualify.
/// </summary>
internal static class RecordBoundaries
{
    /// <summary>True when the file's bytes can be split without decoding: UTF-8, or the GB family with a delimiter below 0x40.</summary>
    public static bool CanSplit(Encoding encoding, char delimiter) => encoding switch
    {
        UTF8Encoding => delimiter < 0x80,
        // GB18030 (54936), GBK (936) and GB2312 (20936): trail bytes are 0x30–0x39 or 0x40 and above.
        _ => delimiter < 0x40 && encoding.CodePage is 54936 or 936 or 20936,
    };

    /// <summary>
    /// Start offsets of up to <paramref name="parts"/> parts of <c>bytes[start..end)</c>: the first is
    /// <paramref name="start"/>, then the first record boundary at or after each equal share. Fewer parts come
    /// back when a quoted value runs over a share, or the text has no line feeds.
    /// </summary>
    public static List<int> Find(ReadOnlySpan<byte> bytes, int start, int end, char delimiter, int parts)
    {
        var starts = new List<int> { start };
        var d = (byte)delimiter;
        var pos = start;
        for (var j = 1; j < parts; j++)
        {
            var target = start + (int)((long)(end - start) * j / parts);
            if (target <= starts[^1])
            {
                continue;
            }

            // Up to the share's position, stepping over whole quoted values; then on to the next line feed outside quotes.
            while (true)
            {
                var next = pos < target ? bytes[pos..target].IndexOf((byte)'"') : bytes[pos..end].IndexOfAny((byte)'\n', (byte)'"');
                if (next < 0)
                {
                    if (pos >= target)
                    {
                        return starts;
                    }

                    pos = target;
                    continue;
                }

                pos += next;
                if (bytes[pos] == '\n')
                {
                    pos++;
                    break;
                }

                var opens = IsFieldStart(bytes, start, pos, d);
                pos++;
                if (opens && !SkipQuoted(bytes, ref pos, end))
                {
                    return starts;
                }
            }

            if (pos >= end)
            {
                return starts;
            }

            starts.Add(pos);
        }

        return starts;
    }

    /// <summary>Moves <paramref name="pos"/> (just after an opening quote) past the closing one; false when the value is never closed.</summary>
    private static bool SkipQuoted(ReadOnlySpan<byte> bytes, ref int pos, int end)
    {
        while (true)
        {
            var close = bytes[pos..end].IndexOf((byte)'"');
            if (close < 0)
            {
                return false;
            }

            pos += close + 1;
            if (pos >= end || bytes[pos] != '"')
            {
                return true;
            }

            pos++;
        }
    }

    /// <summary>Line ends in <paramref name="bytes"/> as the reader counts them: LF, CRLF and a lone CR each end one line.</summary>
    public static int CountLineEnds(ReadOnlySpan<byte> bytes) =>
        bytes.Count((byte)'\n') + bytes.Count((byte)'\r') - bytes.Count("\r\n"u8);

    private static bool IsFieldStart(ReadOnlySpan<byte> bytes, int start, int pos, byte delimiter) =>
        pos == start || bytes[pos - 1] == delimiter || bytes[pos - 1] == '\n' || bytes[pos - 1] == '\r';
}
