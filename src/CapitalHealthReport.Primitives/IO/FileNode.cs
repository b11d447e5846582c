using Microsoft.Win32.SafeHandles;

namespace CapitalHealthReport.IO;

/// <summary>What a path names: the kinds the tool reads and writes differently.</summary>
public enum FileNodeKind
{
    Missing,
    Regular,
    Directory,
    Link,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}

/// <summary>
/// A file-system node as the operating system reports it: its kind, its length (regular files only: a FIFO or a
/// device reports 0 whatever it holds) and, on Linux, its device and inode numbers, which identify one file whatever
/// path, link or hard link names it. Off Linux, FIFOs and devices cannot be told from regular files (they are read
/// with the same byte counting, so every limit still holds) and the identity is the resolved path.
/// </summary>
public readonly record struct FileNode(FileNodeKind Kind, long Length, ulong Device, ulong Inode)
{
    public static FileNode Missing => new(FileNodeKind.Missing, 0, 0, 0);

    public bool Exists => Kind != FileNodeKind.Missing;

    /// <summary>A FIFO or a device: no length to check, reads may block or never end.</summary>
    public bool IsStream => Kind is FileNodeKind.Fifo or FileNodeKind.CharacterDevice or FileNodeKind.Socket;

    /// <summary>The node at <paramref name="path"/> itself: a symbolic link is a <see cref="FileNodeKind.Link"/>.</summary>
    public static FileNode At(string path) => Inspect(path, followLinks: false);

    /// <summary>The node <paramref name="path"/> leads to, following links (<see cref="FileNodeKind.Missing"/> for a link that leads nowhere).</summary>
    public static FileNode Behind(string path) => Inspect(path, followLinks: true);

    /// <summary>The node an open file refers to.</summary>
    public static FileNode Of(SafeFileHandle handle, string path)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (NativeFile.IsAvailable)
        {
            return NativeFile.Stat(handle);
        }

        return Inspect(path, followLinks: true);
    }

    /// <summary>True when both name the same file (same device and inode; off Linux, the same resolved path).</summary>
    public bool SameFileAs(FileNode other) =>
        Exists && other.Exists && (Device, Inode) != (0UL, 0UL) && Device == other.Device && Inode == other.Inode;

    /// <summary>How messages name a kind: "a FIFO (named pipe)", "a character device", …</summary>
    public static string Describe(FileNodeKind kind) => kind switch
    {
        FileNodeKind.Regular => "a regular file",
        FileNodeKind.Directory => "a folder",
        FileNodeKind.Link => "a symbolic link",
        FileNodeKind.Fifo => "a FIFO (named pipe)",
        FileNodeKind.CharacterDevice => "a character device",
        FileNodeKind.BlockDevice => "a block device",
        FileNodeKind.Socket => "a socket",
        FileNodeKind.Missing => "missing",
        _ => "not a regular file",
    };

    private static FileNode Inspect(string path, bool followLinks)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (NativeFile.IsAvailable)
        {
            var errno = NativeFile.Stat(path, followLinks, out var node);
            return errno == 0 ? node : Missing;
        }

        return Managed(path, followLinks);
    }

    private static FileNode Managed(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return new FileNode(FileNodeKind.Link, 0, 0, 0);
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return Missing;
            }

            info = target;
        }

        if (!info.Exists)
        {
            return Missing;
        }

        if (info is DirectoryInfo)
        {
            return new FileNode(FileNodeKind.Directory, 0, 0, 0);
        }

        var kind = (info.Attributes & FileAttributes.Device) != 0 ? FileNodeKind.CharacterDevice : FileNodeKind.Regular;
        return new FileNode(kind, kind == FileNodeKind.Regular ? ((FileInfo)info).Length : 0, 0, 0);
    }
}
