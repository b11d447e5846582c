using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CapitalHealthReport.IO;

/// <summary>
/// The Linux calls .NET does not expose: <c>statx</c> (what kind of node a path or an open file is: regular file, link,
/// FIFO, device; its device and inode numbers) and <c>open</c> with <c>O_NONBLOCK</c> and <c>O_NOFOLLOW</c> (open a
/// FIFO without waiting for a writer or reader; refuse a link). <c>struct statx</c> has the same layout on every Linux
/// architecture. Elsewhere <see cref="IsAvailable"/> is false and callers use the managed fallbacks.
/// </summary>
internal static class NativeFile
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int ReadOnly = 0;
    private const int WriteOnly = 1;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int GetFlags = 3;
    private const int SetFlags = 4;

    /// <summary>errno values the callers turn into messages.</summary>
    public const int NoSuchFile = 2;
    public const int NoReader = 6;
    public const int AccessDenied = 13;
    public const int NotADirectory = 20;
    public const int TooManyLinks = 40;

    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>True on Linux with a C library that has <c>statx</c> (glibc 2.28, musl 1.2.5 and later).</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary><c>O_NOFOLLOW</c>: its value differs between architectures.</summary>
    private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>The node at <paramref name="path"/> (the link itself unless <paramref name="followLinks"/>); errno on failure.</summary>
    public static int Stat(string path, bool followLinks, out FileNode node)
    {
        var buffer = new byte[256];
        var result = Statx(AtFdCwd, Utf8Path(path), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer);
        if (result != 0)
        {
            node = FileNode.Missing;
            return Marshal.GetLastPInvokeError();
        }

        node = Decode(buffer);
        return 0;
    }

    /// <summary>The node an open handle refers to.</summary>
    public static FileNode Stat(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            var result = Statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxBasicStats, buffer);
            if (result != 0)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        return Decode(buffer);
    }

    /// <summary>
    /// Opens <paramref name="path"/> without blocking on a FIFO that has no writer (for reading) or failing with
    /// <see cref="NoReader"/> when one has no reader (for writing); the handle is then switched back to blocking
    /// reads and writes. With <paramref name="noFollow"/> a link fails with <see cref="TooManyLinks"/>.
    /// </summary>
    public static int Open(string path, bool write, bool noFollow, out SafeFileHandle? handle)
    {
        var flags = (write ? WriteOnly : ReadOnly) | NonBlocking | CloseOnExec | (noFollow ? NoFollow : 0);
        var fd = OpenNative(Utf8Path(path), flags, 0);
        if (fd < 0)
        {
            handle = null;
            return Marshal.GetLastPInvokeError();
        }

        handle = new SafeFileHandle(fd, ownsHandle: true);
        var current = Fcntl(fd, GetFlags, 0);
        if (current >= 0)
        {
            _ = Fcntl(fd, SetFlags, current & ~NonBlocking);
        }

        return 0;
    }

    /// <summary>The operating system's text for an errno value.</summary>
    public static string Message(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static FileNode Decode(byte[] buffer)
    {
        var mode = BitConverter.ToUInt16(buffer, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileNodeKind.Regular,
            0x4000 => FileNodeKind.Directory,
            0xA000 => FileNodeKind.Link,
            0x1000 => FileNodeKind.Fifo,
            0x2000 => FileNodeKind.CharacterDevice,
            0x6000 => FileNodeKind.BlockDevice,
            0xC000 => FileNodeKind.Socket,
            _ => FileNodeKind.Unknown,
        };
        var inode = BitConverter.ToUInt64(buffer, 32);
        var size = (long)Math.Min(BitConverter.ToUInt64(buffer, 40), long.MaxValue);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileNode(kind, kind == FileNodeKind.Regular ? size : 0, device, inode);
    }

    private static byte[] Utf8Path(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Statx(AtFdCwd, Utf8Path("/"), 0, StatxBasicStats, new byte[256]) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative(byte[] path, int flags, int mode);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
