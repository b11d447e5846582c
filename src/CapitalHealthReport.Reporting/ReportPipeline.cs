using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Model;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Rendering;
using CapitalHealthReport.Reporting.Templates;
using CapitalHealthReport.Rules;

namespace CapitalHealthReport.Reporting;

/// <summary>The output formats of <c>capital-health report</c>.</summary>
public enum ReportFormat
{
    Pdf,
    Markdown,
    Html,
}

/// <summary>How a report presents an analysis: template, language, format, output file and template limits.</summary>
public sealed record ReportOptions
{
    /// <summary>Template file; null = the bundled <c>templates/quarterly.&lt;lang&gt;.sbn.md</c>.</summary>
    public string? TemplatePath { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    public ReportFormat Format { get; init; } = ReportFormat.Pdf;

    /// <summary>Output file; null = <see cref="ReportPipeline.DefaultFileName"/> in the working folder.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Write the PDF even when no bundled font has a character of it (drawn as a box, reported as a warning); otherwise that is an error.</summary>
    public bool AllowMissingGlyphs { get; init; }

    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;
}

/// <summary>One report run from files (the <c>report</c> command's options): what to analyse and how to present it.</summary>
public sealed record ReportRequest
{
    /// <summary>Deals file; null = the bundled sample.</summary>
    public string? DealsPath { get; init; }

    public string? MappingPath { get; init; }

    public string? Sheet { get; init; }

    /// <summary>Configuration file; null = <c>capitalhealth.yaml</c> in the working folder, else the built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Period text (<c>2025Q1</c>); null = the latest quarter that ends on or before the data cut-off.</summary>
    public string? Period { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Where { get; init; } = [];

    /// <summary>Template file; null = the bundled <c>templates/quarterly.&lt;lang&gt;.sbn.md</c>.</summary>
    public string? TemplatePath { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    public ReportFormat Format { get; init; } = ReportFormat.Pdf;

    /// <summary>Output file; null = <see cref="ReportPipeline.DefaultFileName"/> in the working folder.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The publication date; null = the last day of the quarter holding the data cut-off.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The data cut-off; null = the last deal date.</summary>
    public DateOnly? Cutoff { get; init; }

    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>Input and rule limits (file size, rows, fields, columns, rules; docs/limits.md).</summary>
    public ResourceLimits Resources { get; init; } = ResourceLimits.Default;

    /// <summary>The analysis this request asks for.</summary>
    public AnalysisOptions ToAnalysisOptions() => new()
    {
        Deals = DealsPath is null ? DealSource.Sample : DealSource.FromFile(DealsPath, MappingPath, Sheet),
        Config = AnalysisConfig.Load(ConfigPath),
        Period = Period is null ? null : CapitalHealthReport.Model.Period.Parse(Period),
        Where = [.. Where.Select(static w => new Filter(w.Key, w.Value))],
        AsOf = AsOf,
        Cutoff = Cutoff,
        Limits = Resources,
    };

    /// <summary>How this request presents the analysis.</summary>
    public ReportOptions ToReportOptions() => new()
    {
        TemplatePath = TemplatePath,
        Language = Language,
        Format = Format,
        OutputPath = OutputPath,
        Limits = Limits,
    };
}

/// <summary>What a report run produced.</summary>
public sealed record ReportResult(
    string OutputPath,
    ReportFormat Format,
    string Markdown,
    ReportModel Model,
    int? PageCount,
    IReadOnlyList<string> Warnings);

/// <summary>
/// Runs the report pipeline over one <see cref="Analysis"/>: report model → template → Markdown → PDF / HTML, then
/// writes the output atomically. Nothing is written when any step fails.
/// </summary>
/// <example>
/// <code>
/// var analysis = Analysis.Run(new AnalysisOptions { Deals = DealSource.FromDeals(deals) });
/// var report = ReportPipeline.Render(analysis, new ReportOptions { Language = ReportLanguage.English });
/// File.WriteAllBytes("report.pdf", report.ToPdf().Pdf);
/// </code>
/// </example>
public static class ReportPipeline
{
    /// <summary>The steps, in order, for progress displays.</summary>
    public static IReadOnlyList<string> Steps { get; } = ["load", "metrics", "rules", "model", "template", "render", "write"];

    /// <summary>The file extension of a format (<c>pdf</c>, <c>md</c>, <c>html</c>).</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Html => "html",
        _ => "pdf",
    };

    /// <summary>Parses <c>pdf</c>, <c>md</c> (or <c>markdown</c>) and <c>html</c>.</summary>
    public static ReportFormat ParseFormat(string? text) => (text ?? "pdf").Trim().ToLowerInvariant() switch
    {
        "pdf" => ReportFormat.Pdf,
        "md" or "markdown" => ReportFormat.Markdown,
        "html" or "htm" => ReportFormat.Html,
        _ => throw new InputException(SettingText.Of($"{Settings.Format} '{text}' is not a report format. Use pdf, md or html."), null),
    };

    /// <summary>A note as a sentence of the report: capitalised, unless it begins with the file's name (which keeps its case).</summary>
    private static string Sentence(string note, string sourceName) =>
        note.Length == 0 || note.StartsWith(sourceName, StringComparison.Ordinal) ? note : char.ToUpperInvariant(note[0]) + note[1..];

    /// <summary>
    /// The default output file: <c>report-2025Q1.pdf</c> in English, <c>report-2025Q1.zh-CN.pdf</c> in Chinese (and
    /// <c>.md</c> / <c>.html</c> likewise), so that the editions of one period never overwrite each other.
    /// </summary>
    public static string DefaultFileName(Period period, ReportLanguage language, ReportFormat format)
    {
        var edition = language == ReportLanguage.English ? "" : "." + ReportLanguages.Tag(language);
        return $"report-{SafeFileName(period.Label)}{edition}.{Extension(format)}";
    }

    /// <summary>Analyses the request's deals, renders the report and writes it; <paramref name="progress"/> hears each step's name as it starts.</summary>
    public static ReportResult Run(ReportRequest request, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Invoke("load");
        return Run(Analysis.Run(request.ToAnalysisOptions()), request.ToReportOptions(), progress);
    }

    /// <summary>Renders the report of <paramref name="analysis"/> and writes it; <paramref name="progress"/> hears each step's name as it starts.</summary>
    public static ReportResult Run(Analysis analysis, ReportOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rendered = Render(analysis, options, progress);
        progress?.Invoke("render");
        var output = options.OutputPath ?? DefaultFileName(analysis.Period, options.Language, options.Format);
        var warnings = new List<string>();
        int? pages = null;
        switch (options.Format)
        {
            case ReportFormat.Markdown:
                progress?.Invoke("write");
                AtomicFile.WriteAllText(output, rendered.Markdown);
                break;
            case ReportFormat.Html:
                var html = rendered.ToHtml();
                progress?.Invoke("write");
                AtomicFile.WriteAllText(output, html);
                break;
            default:
                var result = rendered.ToPdf();
                progress?.Invoke("write");
                AtomicFile.WriteAllBytes(output, result.Pdf);
                pages = result.PageCount;
                warnings.AddRange(MissingGlyphScripts.Describe(result.MissingGlyphs).Select(static line => $"no font has {line}: drawn as boxes"));
                break;
        }

        return new ReportResult(output, options.Format, rendered.Markdown, rendered.Model, pages, warnings);
    }

    /// <summary>Analyses the request's deals and renders the report's Markdown and what the renderers need, without writing anything.</summary>
    public static RenderedReport Render(ReportRequest request, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Invoke("load");
        return Render(Analysis.Run(request.ToAnalysisOptions()), request.ToReportOptions(), progress);
    }

    /// <summary>The Markdown of the report of <paramref name="analysis"/> and what the renderers need, without writing anything.</summary>
    public static RenderedReport Render(Analysis analysis, ReportOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        progress?.Invoke("metrics");
        var period = analysis.Period;
        progress?.Invoke("rules");
        var findings = analysis.Findings;

        progress?.Invoke("model");
        var template = options.TemplatePath is { } path ? ReportTemplate.FromFile(path) : ReportTemplate.Bundled(options.Language);
        var model = ReportModelBuilder.Build(new ReportInputs
        {
            Load = analysis.Load,
            Engine = analysis.Engine,
            Reference = analysis.Reference,
            Config = analysis.Config,
            Catalog = analysis.Catalog,
            Analysis = findings,
            Period = period,
            Language = options.Language,
            ReportDate = analysis.AsOf,
            Cutoff = analysis.Cutoff,
            CutoffGiven = analysis.Options.Cutoff is not null,
            Notes = [.. analysis.Notes.Select(n => options.Language == ReportLanguage.Chinese ? n.Chinese : Sentence(n.Message, analysis.Load.SourceName))],
            TemplateName = template.Name,
        });

        progress?.Invoke("template");
        var markdown = RenderMarkdown(model, options.Language, template, options.Limits);
        var renderOptions = new RenderOptions
        {
            Language = ReportLanguages.Tag(options.Language),
            Charts = FigureNumbers.Apply(model.Charts, markdown, options.Language),
            Logo = ReadLogo(analysis.Config.Report.Logo),
            Metadata = new ReportMetadata
            {
                Title = model.Report.Title + " — " + model.Period.Name,
                Author = model.Report.Organisation.Length > 0 ? model.Report.Organisation : model.Report.Author,
                Subject = model.Report.Subtitle,
                Keywords = model.Report.Keywords,
                Language = model.Report.Language,
                Creator = "capital-health " + model.Report.ToolVersion,
                Date = analysis.AsOf,
            },
            PageLabelFormat = options.Language == ReportLanguage.Chinese ? "第 {0} 页，共 {1} 页" : "Page {0} of {1}",
            SourceName = template.Name,
            AllowMissingGlyphs = options.AllowMissingGlyphs,
        };
        return new RenderedReport(markdown, model, renderOptions);
    }

    /// <summary>The configured logo's bytes (at most <see cref="ReportConfig.MaxLogoBytes"/>); empty without a logo.</summary>
    private static ReadOnlyMemory<byte> ReadLogo(string? path)
    {
        if (path is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        return BoundedFile.ReadAllBytes(path, new ReadPolicy("a logo", ReportConfig.MaxLogoBytes) { Hint = "Give a smaller PNG or JPEG as report.logo." });
    }

    /// <summary>Renders a report model through a template file into Markdown (includes resolve in <paramref name="includeRoot"/>, default the template's folder).</summary>
    public static string RenderMarkdown(ReportModel model, ReportLanguage language, string templatePath, string? includeRoot = null, TemplateLimits? limits = null) =>
        RenderMarkdown(model, language, ReportTemplate.FromFile(templatePath, includeRoot), limits);

    /// <summary>Renders a report model through a template into Markdown.</summary>
    public static string RenderMarkdown(ReportModel model, ReportLanguage language, ReportTemplate template, TemplateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(template);
        var functions = new ReportFunctions(new NarrativeFormatter(language, model.Report.Currency), model.Charts.Select(static c => c.Id));
        return new ReportTemplateEngine(limits).Render(template, model, functions);
    }

    private static string SafeFileName(string label) =>
        string.Concat(label.Select(static c => Path.GetInvalidFileNameChars().Contains(c) || c == '.' ? '_' : c)).Replace("__", "_", StringComparison.Ordinal);
}

/// <summary>A rendered report before it is written: the Markdown, the model it came from and the renderer options.</summary>
public sealed record RenderedReport(string Markdown, ReportModel Model, RenderOptions Options)
{
    /// <summary>The PDF, in memory.</summary>
    public RenderResult ToPdf() => ReportRenderer.RenderPdf(Markdown, Options);

    /// <summary>One self-contained HTML file.</summary>
    public string ToHtml() => ReportRenderer.RenderHtml(Markdown, Options);
}
