using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The text of a file already in memory, decoded straight into the reader's buffer as it asks for more: no stream
/// copies the bytes and no buffer of its own holds the characters, as a <see cref="StreamReader"/> over a
/// <see cref="MemoryStream"/> would. Invalid bytes decode as the encoding's fallback makes them.
/// </summary>
internal sealed class BytesTextReader(byte[] bytes, int offset, Encoding encoding) : TextReader
{
    private readonly Decoder _decoder = encoding.GetDecoder();
    private int _position = offset;

    // A character decoded by a one-character read beyond the one it returned (the second half of a surrogate pair).
    private int _pending = -1;

    public override int Read(Span<char> buffer)
    {
        if (_pending >= 0 && !buffer.IsEmpty)
        {
            buffer[0] = (char)_pending;
            _pending = -1;
            return 1;
        }

        if (buffer.Length == 1)
        {
            // A character outside the BMP needs two: it is read whole, and its second half kept for the next read.
            var c = Read();
            if (c < 0)
            {
                return 0;
            }

            buffer[0] = (char)c;
            return 1;
        }

        while (!buffer.IsEmpty && _position < bytes.Length)
        {
            // No encoding makes more characters than bytes (a 4-byte sequence makes a surrogate pair), so bytes as many as the
            // buffer's characters fit; what does not is left for the next read.
            var input = bytes.AsSpan(_position, Math.Min(bytes.Length - _position, buffer.Length));
            var last = _position + input.Length == bytes.Length;
            _decoder.Convert(input, buffer, flush: last, out var used, out var written, out _);
            _position += used;
            if (written > 0)
            {
                return written;
            }
        }

        return 0;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> two = stackalloc char[2];
        var read = Read(two);
        if (read == 2)
        {
            _pending = two[1];
        }

        return read > 0 ? two[0] : -1;
    }
}
