using System.Globalization;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Rendering.Markdown;

namespace CapitalHealthReport.Reporting.Rendering.Html;

/// <summary>
/// Writes a parsed report as one self-contained HTML5 file: inline CSS (print-friendly, A4 pages), the report's own
/// fonts embedded as subset WOFF2 (so Chinese renders on any machine), charts as inline SVG, no scripts and no
/// external resources; every piece of text escaped. The output is also
/// well-formed XML after the doctype, so it can be checked with an XML parser.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Css = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        :root { color-scheme: light; }
        body { font-family: "Report Sans", "Report Sans CJK", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3, h4 { line-height: 1.25; color: #0b2e4f; break-after: avoid; page-break-after: avoid; }
        h1 { font-size: 1.8em; border-bottom: 2px solid #0b2e4f; padding-bottom: .2em; }
        h2 { font-size: 1.35em; margin-top: 1.6em; }
        h3 { font-size: 1.15em; }
        h4 { font-size: 1em; }
        section + section { break-before: page; page-break-before: always; }
        .page-break { break-after: page; page-break-after: always; height: 0; }
        header.cover { margin-bottom: 2rem; padding: 2rem 0; border-bottom: 4px solid #0b2e4f; break-after: page; page-break-after: always; }
        header.cover .title { font-size: 2.2em; font-weight: 700; color: #0b2e4f; margin: 0 0 .4em; }
        header.cover .subtitle { font-size: 1.3em; color: #333; margin: 0 0 1.2em; }
        header.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0; }
        header.cover dt { font-weight: 600; color: #555; }
        header.cover dd { margin: 0; }
        nav.toc { break-after: page; page-break-after: always; }
        nav.toc ol { list-style: none; padding-left: 0; }
        nav.toc ol ol { padding-left: 1.5em; }
        nav.toc a { color: inherit; text-decoration: none; }
        a { color: #0b5cab; }
        code, pre { font-family: "Report Mono", "Report Sans CJK", monospace; font-size: .92em; }
        pre { background: #f4f5f7; border: 1px solid #dde1e6; padding: .6em .8em; white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; }
        blockquote { margin: 1em 0; padding: .2em 1em; border-left: 4px solid #c5ccd6; color: #333; }
        aside.callout { margin: 1em 0; padding: .5em 1em; border-left: 5px solid; border-radius: 3px; break-inside: avoid; }
        aside.callout .callout-title { font-weight: 700; margin: .2em 0; }
        aside.callout-info { border-color: #0072B2; background: #eef5fb; }
        aside.callout-warning { border-color: #E69F00; background: #fdf6e7; }
        aside.callout-error { border-color: #B00020; background: #fbecee; }
        table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .95em; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { padding: .3em .6em; border-bottom: 1px solid #dde1e6; vertical-align: top; }
        th { background: #0b2e4f; color: #fff; font-weight: 600; }
        tbody tr:nth-child(even) { background: #f6f8fa; }
        .left { text-align: left; } .right { text-align: right; font-variant-numeric: tabular-nums; } .center { text-align: center; }
        figure.chart { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
        figure.chart.half { display: inline-block; vertical-align: top; width: calc(50% - .75em); margin-right: 1.5em; }
        figure.chart.half + figure.chart.half { margin-right: 0; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figure.chart svg text { font-family: "Report Sans CJK", "Report Sans", sans-serif; }
        p.no-chart { color: #555; }
        figcaption { font-size: .9em; color: #555; margin-top: .3em; }
        hr { border: 0; border-top: 1px solid #c5ccd6; margin: 1.5em 0; }
        .literal { white-space: pre-wrap; }
        @media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; } }
        """;

    public static string Write(ReportSource source, string language, IReadOnlyDictionary<string, ChartSpec> charts, ChartTypefaces? typefaces, ReportMetadata metadata)
    {
        var context = new HtmlContext(source, language, charts, typefaces);
        context.Write("<!DOCTYPE html>\n<html lang=\"").Text(language).Write("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Write("<title>").Text(metadata.Title).Write("</title>\n");
        Meta(context, "author", metadata.Author);
        Meta(context, "description", metadata.Subject);
        Meta(context, "keywords", metadata.Keywords);
        Meta(context, "generator", metadata.Creator);
        Meta(context, "date", metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        context.Write("<style>\n").Write(Css).Write("\n</style>\n</head>\n<body>\n");

        if (source.Cover is { } cover)
        {
            WriteCover(context, cover);
        }

        context.Write("<main>\n");
        HtmlBlockMappers.All.MapChildren(source.Document, context);
        if (context.SectionOpen)
        {
            context.Write("</section>\n");
        }

        context.Write("</main>\n</body>\n</html>\n");

        // The fonts go in last: each is subset to the characters the finished page draws with it.
        var html = context.Output.ToString();
        const string StyleStart = "<style>\n";
        var at = html.IndexOf(StyleStart, StringComparison.Ordinal) + StyleStart.Length;
        return html.Insert(at, HtmlFonts.FontFaceRules(html));
    }

    /// <summary>The table of contents: level-1 and level-2 headings, linked to their anchors.</summary>
    internal static void WriteTableOfContents(HtmlContext context)
    {
        context.Write("<nav class=\"toc\" aria-label=\"").Text(context.Strings.Contents).Write("\">\n<h2 class=\"toc-title\">")
            .Text(context.Strings.Contents).Write("</h2>\n<ol>\n");
        var openSub = false;
        var openItem = false;
        foreach (var heading in context.Source.Headings.Where(h => h.Level <= 2))
        {
            if (heading.Level == 1 || !openItem)
            {
                if (openSub)
                {
                    context.Write("</ol>\n");
                    openSub = false;
                }

                if (openItem)
                {
                    context.Write("</li>\n");
                }

                context.Write("<li>");
                openItem = true;
            }
            else if (!openSub)
            {
                context.Write("\n<ol>\n");
                openSub = true;
            }

            if (heading.Level == 2)
            {
                context.Write("<li>");
            }

            context.Write("<a href=\"#").Text(heading.Id).Write("\">").Text(heading.Text).Write("</a>");
            if (heading.Level == 2)
            {
                context.Write("</li>\n");
            }
        }

        if (openSub)
        {
            context.Write("</ol>\n");
        }

        if (openItem)
        {
            context.Write("</li>\n");
        }

        context.Write("</ol>\n</nav>\n");
    }

    private static void WriteCover(HtmlContext context, CoverPage cover)
    {
        context.Write("<header class=\"cover\">\n");
        if (!string.IsNullOrWhiteSpace(cover.Organisation))
        {
            context.Write("<p class=\"organisation\">").Text(cover.Organisation).Write("</p>\n");
        }

        if (!string.IsNullOrWhiteSpace(cover.Title))
        {
            context.Write("<p class=\"title\">").Text(cover.Title).Write("</p>\n");
        }

        if (!string.IsNullOrWhiteSpace(cover.Subtitle))
        {
            context.Write("<p class=\"subtitle\">").Text(cover.Subtitle).Write("</p>\n");
        }

        context.Write("<dl>\n");
        Definition(context, context.Strings.Period, cover.Period);
        Definition(context, context.Strings.Date, cover.Date);
        context.Write("</dl>\n");
        if (!string.IsNullOrWhiteSpace(cover.Author))
        {
            context.Write("<p class=\"author\">").Text(cover.Author).Write("</p>\n");
        }

        context.Write("</header>\n");
    }

    private static void Definition(HtmlContext context, string term, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            context.Write("<dt>").Text(term).Write("</dt><dd>").Text(value).Write("</dd>\n");
        }
    }

    private static void Meta(HtmlContext context, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            context.Write("<meta name=\"" + name + "\" content=\"").Text(content).Write("\" />\n");
        }
    }
}
