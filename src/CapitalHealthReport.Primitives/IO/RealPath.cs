namespace CapitalHealthReport.IO;

/// <summary>
/// Where a path really leads: every component resolved, symbolic links in folders as well as in the last name (as
/// <c>realpath(3)</c>), so that <c>templates/partials -&gt; /etc</c> makes <c>partials/passwd</c> resolve to
/// <c>/etc/passwd</c>. Components that do not exist are kept as written.
/// </summary>
public static class RealPath
{
    /// <summary>The most links followed in one path (as Linux's <c>MAXSYMLINKS</c>).</summary>
    public const int MaxLinks = 40;

    /// <summary>The resolved absolute form of <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The path goes through more than <see cref="MaxLinks"/> links (a loop).</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Not Path.GetFullPath: it would fold 'link/..' as text, where the link's target decides what '..' is.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new List<string>(Split(full[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var candidate = Path.Combine(current, part);
            var target = LinkTarget(candidate);
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"'{path}' goes through more than {MaxLinks} symbolic links (a loop?).");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                pending.InsertRange(0, Split(target[current.Length..]));
            }
            else
            {
                pending.InsertRange(0, Split(target));
            }
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both already resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(folder, comparison) || path.StartsWith(prefix, comparison);
    }

    private static string[] Split(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
