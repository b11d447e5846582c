namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// A folder this process cannot create files in. Normally a temporary folder with mode 555; when the tests run
/// as root (where mode bits do not stop writes, as in CI), the kernel's <c>/sys/kernel</c> folder, which refuses
/// new files for every user. Skips the test, saying why, when neither refuses a probe write.
/// </summary>
public static class WriteProtectedFolder
{
    public static string Create(string parent)
    {
        var folder = Path.Combine(parent, "read-only");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        if (RefusesWrites(folder))
        {
            return folder;
        }

        const string kernel = "/sys/kernel";
        if (Directory.Exists(kernel) && RefusesWrites(kernel))
        {
            return kernel;
        }

        Assert.Skip("No folder refuses writes here: mode 555 does not stop this user (root) and /sys/kernel is not available.");
        return folder;
    }

    /// <summary>Restores write access so the temporary folder can be deleted.</summary>
    public static void Release(string parent)
    {
        var folder = Path.Combine(parent, "read-only");
        if (Directory.Exists(folder) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool RefusesWrites(string folder)
    {
        var probe = Path.Combine(folder, $".probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe))
            {
            }

            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
