using System.Text.Unicode;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Reading a large file and checking its UTF-8 on every core: the two passes over the whole file that come before
/// it can be split into parts. Small inputs take the single-threaded path.
/// </summary>
internal static class ParallelBytes
{
    /// <summary>Below this size a single thread does the work.</summary>
    public const int MinPiece = 8 << 20;

    /// <summary>The whole file, read in pieces in parallel (as <see cref="File.ReadAllBytes"/>: up to the length it had when opened).</summary>
    public static byte[] ReadAll(string path, int minPiece = MinPiece, int maxPieces = 0)
    {
        // Small files, and pipes and devices (no length to split), are read as one stream.
        var info = new FileInfo(path);
        if (Pieces(info.Length, minPiece, maxPieces) == 1 || info.Length > Array.MaxLength || (info.Attributes & FileAttributes.Device) != 0)
        {
            return File.ReadAllBytes(path);
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        var length = RandomAccess.GetLength(handle);
        var pieces = Pieces(length, minPiece, maxPieces);
        if (pieces == 1 || length > Array.MaxLength)
        {
            handle.Dispose();
            return File.ReadAllBytes(path);
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = new int[pieces];
        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = pieces }, k =>
        {
            var from = (int)(length * k / pieces);
            var to = (int)(length * (k + 1) / pieces);
            var at = from;
            while (at < to)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(at, to - at), at);
                if (n == 0)
                {
                    break;
                }

                at += n;
            }

            read[k] = at - from;
        });

        // A file that shrank while it was read ends at the first piece that came up short.
        var total = 0L;
        for (var k = 0; k < pieces; k++)
        {
            var from = length * k / pieces;
            var to = length * (k + 1) / pieces;
            total = from + read[k];
            if (read[k] < to - from)
            {
                break;
            }
        }

        return total == length ? bytes : bytes[..(int)total];
    }

    /// <summary>Whether <c>bytes[offset..]</c> is valid UTF-8, checked in parts that start at a character boundary.</summary>
    public static bool IsValidUtf8(byte[] bytes, int offset, int minPiece = MinPiece, int maxPieces = 0)
    {
        var length = bytes.Length - offset;
        var pieces = Pieces(length, minPiece, maxPieces);
        if (pieces == 1)
        {
            return Utf8.IsValid(bytes.AsSpan(offset));
        }

        // Each part starts at a byte that is not a continuation byte (10xxxxxx), or after four of them (never valid):
        // the whole is valid exactly when every part is.
        var starts = new int[pieces + 1];
        starts[0] = offset;
        for (var k = 1; k < pieces; k++)
        {
            var share = offset + (int)((long)length * k / pieces);
            var at = share;
            while (at < bytes.Length && (bytes[at] & 0xC0) == 0x80 && at - share < 4)
            {
                at++;
            }

            starts[k] = Math.Max(at, starts[k - 1]);
        }

        starts[pieces] = bytes.Length;
        var valid = new bool[pieces];
        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = pieces }, k => valid[k] = Utf8.IsValid(bytes.AsSpan(starts[k], starts[k + 1] - starts[k])));
        return Array.TrueForAll(valid, v => v);
    }

    /// <summary>Parts of at least <paramref name="minPiece"/> bytes, at most one per core (or <paramref name="maxPieces"/> when given).</summary>
    private static int Pieces(long length, int minPiece, int maxPieces) =>
        (int)Math.Clamp(length / Math.Max(1, minPiece), 1, maxPieces > 0 ? maxPieces : Math.Max(1, Environment.ProcessorCount));
}
