using System.Globalization;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Reads a deals file into memory as a stream, counting the bytes as they arrive: a device (<c>/dev/zero</c>) stops
/// at the file-size limit, and a pipe is read until its writer closes it, or refused when nothing arrives for
/// <see cref="StallTimeout"/>. The length a file claims is never trusted.
/// </summary>
internal static class DealFileBytes
{
    /// <summary>How long a read may wait for the next bytes (a pipe whose writer never writes or never closes).</summary>
    public static TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public static byte[] Read(string path, ResourceLimits limits)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a folder, not a deals file.", path, hint: SettingText.Of($"Pass the export file itself with {Settings.Deals}."));
        }

        if (!File.Exists(path))
        {
            throw new InputException("The deals file was not found.", path, hint: SettingText.Of($"Check the {Settings.Deals} path."));
        }

        // No output of the same run may replace the deals file (IO.InputLedger).
        IO.InputLedger.Record(path, "the deals file");

        // Opening a pipe waits for its writer and a read waits for data: both run on a worker, watched for progress.
        var progress = new long[1];
        var read = Task.Factory.StartNew(() => ReadCounting(path, limits, progress), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var seen = -1L;
        while (Task.WaitAny([read], StallTimeout) < 0)
        {
            var now = Volatile.Read(ref progress[0]);
            if (now == seen)
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"sent no data for {StallTimeout.TotalSeconds:N0} s after {now:N0} bytes (a pipe whose writer never wrote or never closed it?)."),
                    Path.GetFileName(path),
                    hint: "Pass a regular file, or write the whole export into the pipe and close it.");
            }

            seen = now;
        }

        var bytes = read.GetAwaiter().GetResult();
        RejectEmpty(bytes, Path.GetFileName(path));
        return bytes;
    }

    /// <summary>Refuses a file that holds nothing but white space (and a byte-order mark).</summary>
    public static void RejectEmpty(byte[] bytes, string file)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            throw new InputException("is empty.", file, hint: "Export the deals again; the file holds no header and no rows.");
        }
    }

    private static byte[] ReadCounting(string path, ResourceLimits limits, long[] progress)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var claimed = stream.CanSeek ? stream.Length : 0;
        limits.CheckFileSize(claimed, path);

        // A regular file is read into one array of its length; anything more (a growing file, a pipe, a device) in
        // pieces, joined once at the end.
        var pieces = new List<byte[]>();
        var piece = GC.AllocateUninitializedArray<byte>((int)Math.Max(claimed, 1 << 16));
        var inPiece = 0;
        var total = 0L;
        while (true)
        {
            if (inPiece == piece.Length)
            {
                // The usual end: a regular file read to the length it claimed. Otherwise the byte read to find out
                // starts the next piece.
                var next = pieces.Count == 0 && total == claimed ? stream.ReadByte() : -2;
                if (next == -1)
                {
                    return piece;
                }

                pieces.Add(piece);
                piece = GC.AllocateUninitializedArray<byte>(16 << 20);
                inPiece = 0;
                if (next >= 0)
                {
                    piece[inPiece++] = (byte)next;
                    total++;
                }
            }

            var n = stream.Read(piece, inPiece, piece.Length - inPiece);
            if (n == 0)
            {
                break;
            }

            inPiece += n;
            total += n;
            Volatile.Write(ref progress[0], total);
            limits.CheckFileSize(total, path);
        }

        if (pieces.Count == 0)
        {
            return inPiece == piece.Length ? piece : piece[..inPiece];
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)total);
        var at = 0;
        foreach (var full in pieces)
        {
            full.CopyTo(bytes, at);
            at += full.Length;
        }

        piece.AsSpan(0, inPiece).CopyTo(bytes.AsSpan(at));
        return bytes;
    }
}
