using CapitalHealthReport.Yaml;
using Markdig.Extensions.Yaml;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>The cover page a report's YAML front matter describes.</summary>
internal sealed record CoverPage
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Period { get; init; }

    /// <summary>The report's date as written (from the data or <c>--as-of</c>, never the clock).</summary>
    public string? Date { get; init; }

    public string? Organisation { get; init; }

    public string? Language { get; init; }

    public string? Author { get; init; }

    public string? Keywords { get; init; }

    /// <summary>Where the PDF starts new pages: <c>none</c> or <c>chapter</c> (front matter key <c>page_breaks</c>).</summary>
    public string? PageBreaks { get; init; }
}

/// <summary>Reads the front matter block (<c>---</c> … <c>---</c>) into a <see cref="CoverPage"/>; unknown keys are errors.</summary>
internal static class FrontMatter
{
    /// <summary>The keys a report's front matter may hold.</summary>
    public static readonly IReadOnlyList<string> Keys = ["title", "subtitle", "period", "date", "organisation", "language", "author", "keywords", "page_breaks"];

    public static CoverPage Parse(YamlFrontMatterBlock block, string sourceName)
    {
        // The block's lines are the YAML between the two '---' fences; the first fence is block.Line (0-based). Blank
        // lines in front make the YAML reader's positions the document's own lines.
        var text = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        var firstLine = block.Line + 2;
        var root = YamlTree.Parse(new string('\n', firstLine - 1) + text, sourceName);
        if (root is null || root is YScalar { IsNull: true })
        {
            return new CoverPage();
        }

        if (root is not YMapping mapping)
        {
            throw new InputException("The report's front matter must be a list of 'key: value' lines.", sourceName, firstLine, 1);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = keyNode.Value;
            var normalized = key.Equals("organization", StringComparison.Ordinal) ? "organisation" : key;
            if (!Keys.Contains(normalized, StringComparer.Ordinal))
            {
                throw new InputException(
                    $"Unknown front matter key '{key}'.",
                    sourceName,
                    keyNode.Line,
                    keyNode.Column,
                    "Use only: " + string.Join(", ", Keys) + ".");
            }

            values[normalized] = valueNode switch
            {
                YScalar scalar => scalar.IsNull ? string.Empty : scalar.Value,
                YSequence sequence when sequence.Items.All(static c => c is YScalar) =>
                    string.Join(", ", sequence.Items.Cast<YScalar>().Select(static s => s.Value)),
                _ => throw new InputException(
                    $"Front matter key '{key}' must have a text value.",
                    sourceName,
                    keyNode.Line,
                    keyNode.Column,
                    "Write it as 'key: value' (keywords may also be a list)."),
            };
        }

        return new CoverPage
        {
            Title = values.GetValueOrDefault("title"),
            Subtitle = values.GetValueOrDefault("subtitle"),
            Period = values.GetValueOrDefault("period"),
            Date = values.GetValueOrDefault("date"),
            Organisation = values.GetValueOrDefault("organisation"),
            Language = values.GetValueOrDefault("language"),
            Author = values.GetValueOrDefault("author"),
            Keywords = values.GetValueOrDefault("keywords"),
            PageBreaks = values.GetValueOrDefault("page_breaks"),
        };
    }
}
