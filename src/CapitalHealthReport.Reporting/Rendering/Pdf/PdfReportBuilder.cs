using CapitalHealthReport.Pdf.Text;
using CapitalHealthReport.Reporting.Rendering.Markdown;
using PdfModel = CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Reporting.Rendering.Pdf;

/// <summary>
/// Builds the PDF document model of a parsed report: cover page from the front matter, running header (report
/// title, section title) and footer (page label), metadata, and the content mapped block by block.
/// </summary>
internal static class PdfReportBuilder
{
    public static PdfModel.PdfDocumentModel Build(ReportSource source, RenderOptions options)
    {
        var theme = PdfModel.DocumentTheme.Default;
        var context = new PdfContext(source, options.Language, options.Charts, theme, PageBreaks(options, source));
        PdfBlockMappers.All.MapChildren(source.Document, context);

        var metadata = options.Metadata;
        var builder = new PdfModel.DocumentBuilder()
            .PageSize(PdfModel.PageSize.A4)
            .Metadata(new PdfModel.DocumentMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author,
                Subject = metadata.Subject,
                Keywords = metadata.Keywords,
                Language = metadata.Language,
                Creator = metadata.Creator,
                Created = metadata.Timestamp,
                Modified = metadata.Timestamp,
            })
            .Header(new PdfModel.RunningText(Left: "{title}", Right: "{section}"))
            .Footer(new PdfModel.RunningText(Center: PageLabel(options.PageLabelFormat)))
            .Add(context.Blocks);
        if (source.Cover is { } cover)
        {
            builder.Cover([.. CoverBlocks(cover, context)]);
        }

        return builder.Build();
    }

    /// <summary>The page-break rule: the options', else the front matter's <c>page_breaks</c>, else none.</summary>
    internal static PageBreakRule PageBreaks(RenderOptions options, ReportSource source)
    {
        if (options.PageBreaks is { } rule)
        {
            return rule;
        }

        return source.Cover?.PageBreaks?.Trim().ToLowerInvariant() switch
        {
            null or "" or "none" => PageBreakRule.None,
            "chapter" or "chapters" => PageBreakRule.BeforeChapter,
            var other => throw new InputException(
                $"Front matter key 'page_breaks' is '{other}'.",
                source.SourceName,
                null,
                null,
                "Use 'none' (sections follow each other) or 'chapter' (each level-1 heading starts a page)."),
        };
    }

    /// <summary>Turns a <c>{0}</c>/<c>{1}</c> page label into the engine's <c>{page}</c>/<c>{pages}</c> placeholders.</summary>
    internal static string PageLabel(string format)
    {
        if (string.IsNullOrWhiteSpace(format) || !format.Contains("{0}", StringComparison.Ordinal))
        {
            throw new InputException(
                $"The page label format '{format}' has no {{0}} for the page number.",
                null,
                hint: "Use e.g. 'Page {0} of {1}' or '第 {0} 页，共 {1} 页'.");
        }

        return format
            .Replace("{0}", "{page}", StringComparison.Ordinal)
            .Replace("{1}", "{pages}", StringComparison.Ordinal);
    }

    private static IEnumerable<PdfModel.Block> CoverBlocks(CoverPage cover, PdfContext context)
    {
        var body = context.Body;
        var heading = body with { Color = context.Theme.HeadingColor };
        var muted = body with { Color = context.Theme.MutedColor };
        yield return new PdfModel.Spacer(150f);
        if (!string.IsNullOrWhiteSpace(cover.Organisation))
        {
            yield return Line(cover.Organisation, muted with { Size = 12f }, 18f);
        }

        if (!string.IsNullOrWhiteSpace(cover.Title))
        {
            yield return Line(cover.Title, heading with { Size = 26f, Bold = true, LineHeight = 1.25f }, 10f);
        }

        if (!string.IsNullOrWhiteSpace(cover.Subtitle))
        {
            yield return Line(cover.Subtitle, heading with { Size = 16f }, 18f);
        }

        yield return new PdfModel.HorizontalRule();
        if (!string.IsNullOrWhiteSpace(cover.Period))
        {
            yield return Labelled(context.Strings.Period, cover.Period, body);
        }

        if (!string.IsNullOrWhiteSpace(cover.Date))
        {
            yield return Labelled(context.Strings.Date, cover.Date, body);
        }

        if (!string.IsNullOrWhiteSpace(cover.Author))
        {
            yield return new PdfModel.Spacer(24f);
            yield return Line(cover.Author, muted, 6f);
        }
    }

    private static PdfModel.Paragraph Line(string text, TextStyle style, float spaceAfter) =>
        new([new TextRun(text, style)], TextAlignment.Left, spaceAfter);

    private static PdfModel.Paragraph Labelled(string label, string value, TextStyle style) =>
        new([new TextRun(label + ": ", style with { Bold = true }), new TextRun(value, style)], TextAlignment.Left, 4f);
}
