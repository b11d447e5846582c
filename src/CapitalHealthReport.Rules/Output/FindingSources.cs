using System.Globalization;

namespace CapitalHealthReport.Rules;

/// <summary>A place in a file a user can open: a path as the user named it (or a bundled file's repository path), 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column);

/// <summary>
/// Where each finding comes from: a rule's finding from the line of the rule in its pack; a configuration finding (CH0xxx)
/// from the suppression or severity entry its message names, else the configuration file's first line.
/// </summary>
public static class FindingSources
{
    /// <summary>The source of <paramref name="finding"/> under <paramref name="catalog"/> and <paramref name="config"/>.</summary>
    public static SourceLocation Of(Diagnostic finding, RuleCatalog catalog, AnalysisConfig? config)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.FindCompiled(finding.Id) is { } rule)
        {
            return new SourceLocation(rule.Descriptor.SourceFile, rule.Line, rule.Column);
        }

        var file = config?.SourcePath ?? AnalysisConfig.DefaultFileName;
        if (config is not null)
        {
            foreach (var suppression in config.Suppressions)
            {
                if (Names(finding.Message, suppression.Location))
                {
                    return new SourceLocation(suppression.File, suppression.Line, suppression.Column);
                }
            }

            foreach (var entry in config.SeverityOverrides.Entries)
            {
                if (Names(finding.Message, InputException.Format("", file, entry.Line, entry.Column, null).TrimEnd(' ', ':')))
                {
                    return new SourceLocation(file, entry.Line, entry.Column);
                }
            }
        }

        return new SourceLocation(file, 1, 1);
    }

    /// <summary>A path for people: relative to the working directory when the file is inside it, else as given.</summary>
    public static string Display(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>
    /// The SARIF <c>artifactLocation.uri</c> of a path: relative (forward slashes, each segment escaped) when the file is
    /// inside the working directory or was named relatively, else an absolute <c>file:</c> URI.
    /// </summary>
    public static string Uri(string path)
    {
        var shown = Display(path);
        if (Path.IsPathRooted(shown))
        {
            return new Uri(Path.GetFullPath(shown)).AbsoluteUri;
        }

        var segments = shown.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(static s => s != ".");
        return string.Join('/', segments.Select(static s => s == ".." ? s : System.Uri.EscapeDataString(s)));
    }

    /// <summary><c>file:12:5</c> for messages.</summary>
    public static string Format(SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{Display(location.File)}:{location.Line}:{location.Column}");

    /// <summary>True when <paramref name="message"/> names <paramref name="location"/> (<c>file:line:column</c>, not followed by a digit).</summary>
    private static bool Names(string message, string location)
    {
        for (var at = message.IndexOf(location, StringComparison.Ordinal); at >= 0; at = message.IndexOf(location, at + 1, StringComparison.Ordinal))
        {
            var end = at + location.Length;
            if (end == message.Length || !char.IsAsciiDigit(message[end]))
            {
                return true;
            }
        }

        return false;
    }
}
