using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CapitalHealthReport.Reporting.Rendering.Markdown;

/// <summary>
/// The report's Markdown dialect: CommonMark with pipe tables, emphasis extras, YAML front matter, GitHub
/// alert blocks and heading identifiers. One parse serves every output (PDF and HTML), so both show the
/// same structure.
/// </summary>
internal static class ReportMarkdown
{
    /// <summary>The configured Markdig pipeline; generic attributes stay off so <c>{#id}</c> is plain text.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseYamlFrontMatter()
        .UseAlertBlocks()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default)
        .Build();

    /// <summary>Parses rendered report Markdown; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="InputException">The front matter is invalid.</exception>
    public static ReportSource Parse(string markdown, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        CoverPage? cover = null;
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter)
        {
            cover = FrontMatter.Parse(frontMatter, sourceName);
        }

        var headings = AssignHeadingIds(document);
        return new ReportSource(markdown, sourceName, document, cover, headings);
    }

    /// <summary>
    /// Gives every heading a stable anchor: Markdig's identifier for ASCII headings, and <c>sec-N</c> (N = the
    /// heading's 1-based position in the document) for headings with other scripts, such as Chinese, where an
    /// ASCII slug would be empty or meaningless.
    /// </summary>
    private static List<HeadingInfo> AssignHeadingIds(MarkdownDocument document)
    {
        var headings = new List<HeadingInfo>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            ordinal++;
            var text = InlineText.Of(heading.Inline);
            var attributes = heading.GetAttributes();
            var id = attributes.Id;
            if (string.IsNullOrEmpty(id) || !IsAsciiText(text))
            {
                id = "sec-" + ordinal.ToString(CultureInfo.InvariantCulture);
            }

            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            attributes.Id = unique;
            headings.Add(new HeadingInfo(heading, heading.Level, text, unique));
        }

        return headings;
    }

    private static bool IsAsciiText(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A parsed report: the Markdig document, its cover (front matter) and its headings with their anchors.</summary>
internal sealed class ReportSource(string markdown, string sourceName, MarkdownDocument document, CoverPage? cover, IReadOnlyList<HeadingInfo> headings)
{
    private readonly Dictionary<HeadingBlock, string> _ids = headings.ToDictionary(h => h.Block, h => h.Id);

    public string Markdown { get; } = markdown;

    public string SourceName { get; } = sourceName;

    public MarkdownDocument Document { get; } = document;

    public CoverPage? Cover { get; } = cover;

    public IReadOnlyList<HeadingInfo> Headings { get; } = headings;

    /// <summary>True when the document asks for a table of contents (<c>&lt;!-- toc --&gt;</c>).</summary>
    public bool HasTableOfContents => Document.Descendants<HtmlBlock>().Any(b => ReportMarkers.Of(b) == ReportMarker.TableOfContents);

    /// <summary>The anchor of a heading block of this document.</summary>
    public string IdOf(HeadingBlock heading) => _ids.TryGetValue(heading, out var id) ? id : string.Empty;

    /// <summary>The exact source text of a node (for content shown literally, such as a refused link).</summary>
    public string SourceOf(MarkdownObject node)
    {
        var span = node.Span;
        if (span.IsEmpty || span.Start < 0 || span.End >= Markdown.Length)
        {
            return node is LinkInline link ? InlineText.Of(link) : string.Empty;
        }

        return Markdown.Substring(span.Start, span.Length);
    }

    /// <summary>1-based line of a node, for messages.</summary>
    public static int LineOf(MarkdownObject node) => node.Line + 1;

    /// <summary>1-based column of a node, for messages.</summary>
    public static int ColumnOf(MarkdownObject node) => node.Column + 1;
}

/// <summary>A heading with its level (1–6), plain text and anchor id.</summary>
internal sealed record HeadingInfo(HeadingBlock Block, int Level, string Text, string Id);
