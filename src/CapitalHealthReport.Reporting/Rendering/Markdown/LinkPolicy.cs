namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>What a link in report Markdown may point to.</summary>
internal enum LinkKind
{
    /// <summary><c>http:</c>, <c>https:</c> or <c>mailto:</c>: clickable.</summary>
    External,

    /// <summary><c>#anchor</c>: a heading of the same document.</summary>
    Internal,

    /// <summary>A path without a scheme (e.g. <c>docs/rules/CH1001.md</c>): kept as a relative reference.</summary>
    Relative,

    /// <summary>Any other scheme (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, …): not a link; the source is shown as text.</summary>
    Refused,
}

/// <summary>Decides which link targets become links; everything else stays literal text.</summary>
internal static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static LinkKind Classify(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return LinkKind.Refused;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"); so do we.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0)
        {
            return LinkKind.Refused;
        }

        if (compact[0] == '#')
        {
            return compact.Length > 1 ? LinkKind.Internal : LinkKind.Refused;
        }

        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return LinkKind.Refused;
        }

        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return LinkKind.Relative;
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase) ? LinkKind.External : LinkKind.Refused;
    }
}
