using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
        // The block's lines are the YAML between the two '---' fences; the first fence is block.Line.
        var text = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        var firstLine = block.Line + 2;
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InputException(
                "The report's front matter is not valid YAML: " + e.Message,
                sourceName,
                firstLine + (int)e.Start.Line - 1,
                (int)e.Start.Column,
                "Write it as 'key: value' lines between two '---' lines.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new CoverPage();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new InputException("The report's front matter must be a list of 'key: value' lines.", sourceName, firstLine, 1);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var line = firstLine + (int)keyNode.Start.Line - 1;
            var column = (int)keyNode.Start.Column;
            var normalized = key.Equals("organization", StringComparison.Ordinal) ? "organisation" : key;
            if (!Keys.Contains(normalized, StringComparer.Ordinal))
            {
                throw new InputException(
                    $"Unknown front matter key '{key}'.",
                    sourceName,
                    line,
                    column,
                    "Use only: " + string.Join(", ", Keys) + ".");
            }

            values[normalized] = valueNode switch
            {
                YamlScalarNode scalar => scalar.Value ?? string.Empty,
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                    string.Join(", ", sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty)),
                _ => throw new InputException(
                    $"Front matter key '{key}' must have a text value.",
                    sourceName,
                    line,
                    column,
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
