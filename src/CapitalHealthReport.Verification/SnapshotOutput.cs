namespace CapitalHealthReport.Verification;

/// <summary>How a snapshot is compared: text line by line (with a unified diff) or a PDF page by page.</summary>
public enum SnapshotKind
{
    Text,
    Pdf,
}

/// <summary>
/// One output to check against <c>&lt;Name&gt;.verified.&lt;Extension&gt;</c>: a text (Markdown, page text, JSON,
/// SARIF, HTML, CSV) or the bytes of a PDF. Build them with <see cref="Text"/> and <see cref="Pdf"/>.
/// </summary>
public sealed record SnapshotOutput
{
    private SnapshotOutput(string name, string extension, SnapshotKind kind, string? text, byte[]? bytes, bool showDiff)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{name}' cannot be a snapshot file name.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(extension) || extension.Contains('.', StringComparison.Ordinal) || extension.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{extension}' is not a file extension (give it without the dot).", nameof(extension));
        }

        Name = name;
        Extension = extension;
        Kind = kind;
        TextContent = text;
        Bytes = bytes;
        ShowDiff = showDiff;
    }

    /// <summary>The snapshot's base name, e.g. <c>report-2025Q1.en</c>.</summary>
    public string Name { get; }

    /// <summary>The extension without the dot: <c>md</c>, <c>txt</c>, <c>pdf</c>, <c>json</c>, <c>sarif</c>.</summary>
    public string Extension { get; }

    public SnapshotKind Kind { get; }

    /// <summary>The text, for <see cref="SnapshotKind.Text"/>.</summary>
    public string? TextContent { get; }

    /// <summary>The PDF bytes, for <see cref="SnapshotKind.Pdf"/>.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Whether a mismatch prints the unified diff (off for texts whose change another output already shows).</summary>
    public bool ShowDiff { get; }

    /// <summary><c>&lt;Name&gt;.&lt;Extension&gt;</c>, how messages name the output.</summary>
    public string DisplayName => $"{Name}.{Extension}";

    /// <summary>The verified file's name: <c>&lt;Name&gt;.verified.&lt;Extension&gt;</c>.</summary>
    public string VerifiedFileName => $"{Name}.verified.{Extension}";

    /// <summary>The received file's name: <c>&lt;Name&gt;.received.&lt;Extension&gt;</c>.</summary>
    public string ReceivedFileName => $"{Name}.received.{Extension}";

    /// <summary>A text output; compared after line-end normalisation and scrubbing.</summary>
    public static SnapshotOutput Text(string name, string extension, string content, bool showDiff = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new SnapshotOutput(name, extension, SnapshotKind.Text, content, null, showDiff);
    }

    /// <summary>A PDF; compared byte for byte, and on a mismatch page by page (by page-content hash).</summary>
    public static SnapshotOutput Pdf(string name, byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return new SnapshotOutput(name, "pdf", SnapshotKind.Pdf, null, pdf, showDiff: true);
    }
}
