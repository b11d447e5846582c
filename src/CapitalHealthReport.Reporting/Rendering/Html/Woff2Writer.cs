using System.Buffers.Binary;
using System.IO.Compression;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>
/// Packs a TrueType or CFF OpenType font (a single face) as WOFF2 (W3C WOFF File Format 2.0): the tables unchanged
/// ("null transform", version 3 for <c>glyf</c>/<c>loca</c>), one after another in a single Brotli stream after a
/// 48-byte header and a table directory. Smaller than the font by about half; equal fonts give equal bytes.
/// </summary>
internal static class Woff2Writer
{
    private const uint Signature = 0x774F4632; // 'wOF2'
    private const int HeaderSize = 48;

    /// <summary>The WOFF2 file for <paramref name="sfnt"/>.</summary>
    /// <exception cref="InvalidOperationException">The bytes are not a single-face font, or Brotli failed.</exception>
    public static byte[] Write(ReadOnlySpan<byte> sfnt)
    {
        if (sfnt.Length < 12)
        {
            throw new InvalidOperationException("The font is too short to hold a table directory.");
        }

        var flavor = BinaryPrimitives.ReadUInt32BigEndian(sfnt);
        if (flavor is not (0x00010000 or 0x4F54544F))
        {
            throw new InvalidOperationException("Only single TrueType or CFF OpenType faces can be packed as WOFF2.");
        }

        var tables = ReadTables(sfnt);
        var totalSfntSize = 12 + (16 * tables.Count) + tables.Sum(static t => (t.Length + 3) & ~3);

        using var directory = new MemoryStream();
        using var stream = new MemoryStream();
        Span<byte> tag = stackalloc byte[4];
        foreach (var table in tables)
        {
            // Flags: tag index 63 (the tag follows), transform version 3 (none) for glyf and loca, 0 (none) for the rest.
            var nullTransform = table.Tag is 0x676C7966 or 0x6C6F6361 ? 0xC0 : 0x00;
            directory.WriteByte((byte)(0x3F | nullTransform));
            BinaryPrimitives.WriteUInt32BigEndian(tag, table.Tag);
            directory.Write(tag);
            WriteBase128(directory, (uint)table.Length);
            stream.Write(sfnt.Slice(table.Offset, table.Length));
        }

        var uncompressed = stream.ToArray();
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(uncompressed.Length)];
        if (!BrotliEncoder.TryCompress(uncompressed, compressed, out var compressedLength, quality: 11, window: 22))
        {
            throw new InvalidOperationException("Brotli could not compress the font tables.");
        }

        var dataStart = HeaderSize + (int)directory.Length;
        var length = (dataStart + compressedLength + 3) & ~3;
        var woff2 = new byte[length];
        var header = woff2.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(header[0..], Signature);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], flavor);
        BinaryPrimitives.WriteUInt32BigEndian(header[8..], (uint)length);
        BinaryPrimitives.WriteUInt16BigEndian(header[12..], (ushort)tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(header[16..], (uint)totalSfntSize);
        BinaryPrimitives.WriteUInt32BigEndian(header[20..], (uint)compressedLength);
        BinaryPrimitives.WriteUInt16BigEndian(header[24..], 1);

        // Metadata and private blocks (offsets 28–47) stay zero: there are none.
        directory.ToArray().CopyTo(woff2, HeaderSize);
        compressed.AsSpan(0, compressedLength).CopyTo(woff2.AsSpan(dataStart));
        return woff2;
    }

    /// <summary>The tables in the order WOFF2 stores them: by tag, with <c>loca</c> right after <c>glyf</c>.</summary>
    private static List<(uint Tag, int Offset, int Length)> ReadTables(ReadOnlySpan<byte> sfnt)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(sfnt[4..]);
        if (12 + (16 * count) > sfnt.Length)
        {
            throw new InvalidOperationException("The font's table directory runs past its end.");
        }

        var tables = new List<(uint Tag, int Offset, int Length)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = sfnt.Slice(12 + (16 * i), 16);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset > (uint)sfnt.Length || length > (uint)sfnt.Length - offset)
            {
                throw new InvalidOperationException("A font table runs past the end of the font.");
            }

            tables.Add((tag, (int)offset, (int)length));
        }

        const uint Glyf = 0x676C7966;
        const uint Loca = 0x6C6F6361;
        static uint SortKey(uint tag) => tag == Loca ? Glyf : tag;
        return tables.OrderBy(static t => SortKey(t.Tag)).ThenBy(static t => t.Tag == Loca ? 1 : 0).ToList();
    }

    /// <summary>A UIntBase128: big-endian groups of seven bits, the high bit set on all but the last byte.</summary>
    private static void WriteBase128(Stream output, uint value)
    {
        Span<byte> bytes = stackalloc byte[5];
        var count = 0;
        do
        {
            bytes[4 - count] = (byte)(value & 0x7F);
            value >>= 7;
            count++;
        }
        while (value != 0);

        for (var i = 5 - count; i < 4; i++)
        {
            bytes[i] |= 0x80;
        }

        output.Write(bytes[(5 - count)..]);
    }
}
