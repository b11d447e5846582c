using System.Text;

namespace CapitalHealthReport.IO;

/// <summary>
/// Standard output as a byte stream, for an output named <c>-</c> or <c>/dev/stdout</c>. The command line routes it
/// per run with <see cref="Use"/> (its standard output writer; a test's writer receives the text); without that it
/// is the process's own standard output.
/// </summary>
public static class StandardOutput
{
    private static readonly AsyncLocal<TextWriter?> CurrentWriter = new();

    /// <summary>True for the output names that mean standard output: <c>-</c>, <c>/dev/stdout</c>, <c>/dev/fd/1</c>, <c>/proc/self/fd/1</c>.</summary>
    public static bool IsNamedBy(string? path) => path is "-" or "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1";

    /// <summary>Routes standard-output writes of the current run (and the tasks it starts) to <paramref name="writer"/> until disposed.</summary>
    public static IDisposable Use(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var previous = CurrentWriter.Value;
        CurrentWriter.Value = writer;
        return new Restore(previous);
    }

    /// <summary>A stream onto standard output; disposing it flushes, never closes the process's standard output.</summary>
    internal static Stream Open()
    {
        var writer = CurrentWriter.Value;
        if (writer is null || ReferenceEquals(writer, Console.Out))
        {
            Console.Out.Flush();
            return new KeepOpen(Console.OpenStandardOutput());
        }

        return new WriterStream(writer);
    }

    private sealed class Restore(TextWriter? previous) : IDisposable
    {
        public void Dispose() => CurrentWriter.Value = previous;
    }

    /// <summary>Bytes decoded as UTF-8 into a text writer.</summary>
    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var count = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, count);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Flush();
            }

            base.Dispose(disposing);
        }
    }
}
