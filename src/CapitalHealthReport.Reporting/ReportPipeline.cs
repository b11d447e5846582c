using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
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

/// <summary>One report run: inputs, template, language, format and output (the <c>report</c> command's options).</summary>
public sealed record ReportRequest
{
    /// <summary>Deals file; null = the bundled sample.</summary>
    public string? DealsPath { get; init; }

    public string? MappingPath { get; init; }

    public string? Sheet { get; init; }

    /// <summary>Configuration file; null = <c>capitalhealth.yaml</c> in the working folder, else the built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Period text (<c>2025Q1</c>); null = the latest complete quarter of the data.</summary>
    public string? Period { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Where { get; init; } = [];

    /// <summary>Template file; null = the bundled <c>templates/quarterly.&lt;lang&gt;.sbn.md</c>.</summary>
    public string? TemplatePath { get; init; }

    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    public ReportFormat Format { get; init; } = ReportFormat.Pdf;

    /// <summary>Output file; null = <c>report-&lt;period&gt;.&lt;ext&gt;</c> in the working folder.</summary>
    public string? OutputPath { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>Write the PDF even when no bundled font has a character of it (drawn as a box, reported as a warning); otherwise that is an error.</summary>
    public bool AllowMissingGlyphs { get; init; }

    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>Input and rule limits (file size, rows, fields, columns, rules; docs/limits.md).</summary>
    public ResourceLimits Resources { get; init; } = ResourceLimits.Default;
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
/// Runs the report pipeline: load → metrics → rules → report model → template → Markdown → PDF / HTML, then
/// writes the output atomically. Nothing is written when any step fails.
/// </summary>
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
        _ => throw new InputException($"--format '{text}' is not a report format. Use pdf, md or html."),
    };

    /// <summary>The bundled template for a language: <c>templates/quarterly.en.sbn.md</c> or <c>templates/quarterly.zh-CN.sbn.md</c>.</summary>
    public static string BundledTemplate(ReportLanguage language) =>
        Path.Combine(ProductPaths.Templates, $"quarterly.{ReportLanguages.Tag(language)}.sbn.md");

    /// <summary>Runs everything and writes the output; <paramref name="progress"/> hears each step's name as it starts.</summary>
    public static ReportResult Run(ReportRequest request, Action<string>? progress = null)
    {
        var rendered = Render(request, progress);
        progress?.Invoke("render");
        var output = request.OutputPath ?? $"report-{SafeFileName(rendered.Model.Period.Label)}.{Extension(request.Format)}";
        var warnings = new List<string>();
        int? pages = null;
        switch (request.Format)
        {
            case ReportFormat.Markdown:
                progress?.Invoke("write");
                AtomicFile.WriteAllText(output, rendered.Markdown);
                break;
            case ReportFormat.Html:
                var html = ReportRenderer.RenderHtml(rendered.Markdown, rendered.Options);
                progress?.Invoke("write");
                AtomicFile.WriteAllText(output, html);
                break;
            default:
                progress?.Invoke("write");
                var result = ReportRenderer.WritePdf(rendered.Markdown, rendered.Options, output);
                pages = result.PageCount;
                warnings.AddRange(result.MissingGlyphs.Select(static g =>
                    $"no font has U+{g.CodePoint:X4} ('{char.ConvertFromUtf32(g.CodePoint)}'), drawn as a box: …{g.Context}…"));
                break;
        }

        return new ReportResult(output, request.Format, rendered.Markdown, rendered.Model, pages, warnings);
    }

    /// <summary>The Markdown of a report and what the renderers need, without writing anything.</summary>
    public static RenderedReport Render(ReportRequest request, Action<string>? progress = null)
    {
        progress?.Invoke("load");
        var reference = ReferenceData.Default;
        var config = AnalysisConfig.Load(request.ConfigPath);
        var load = DealLoader.Load(
            new LoadOptions { DealsPath = request.DealsPath, MappingPath = request.MappingPath, Sheet = request.Sheet, AsOf = request.AsOf, Limits = request.Resources },
            reference);
        load.EnsureUsable();

        progress?.Invoke("metrics");
        var filters = request.Where.Select(static w => new Filter(w.Key, w.Value)).ToList();
        var engine = new MetricsEngine(load.Deals, reference, config.Parameters, filters);
        var period = request.Period is null ? engine.DefaultPeriod(request.AsOf) : Period.Parse(request.Period);

        progress?.Invoke("rules");
        var catalog = RuleCatalog.Load(config.RulePaths, request.Resources);
        var analysis = new Analyzer(catalog, config).Run(engine, period, load.Issues, null, request.AsOf);

        progress?.Invoke("model");
        var templatePath = request.TemplatePath ?? BundledTemplate(request.Language);
        var model = ReportModelBuilder.Build(new ReportInputs
        {
            Load = load,
            Engine = engine,
            Reference = reference,
            Config = config,
            Catalog = catalog,
            Analysis = analysis,
            Period = period,
            Language = request.Language,
            ReportDate = request.AsOf ?? period.End,
            TemplateName = Path.GetFileName(templatePath),
        });

        progress?.Invoke("template");
        var markdown = RenderMarkdown(model, request.Language, templatePath, request.TemplatePath is null ? ProductPaths.Templates : null, request.Limits);
        var options = new RenderOptions
        {
            Language = ReportLanguages.Tag(request.Language),
            Charts = model.Charts.ToDictionary(static c => c.Id, StringComparer.Ordinal),
            Metadata = new DocumentMetadata
            {
                Title = model.Report.Title + " — " + model.Period.Name,
                Author = model.Report.Organisation,
                Subject = model.Report.Subtitle,
                Keywords = model.Report.Keywords,
                Language = model.Report.Language,
                Creator = "capital-health " + model.Report.ToolVersion,
                Date = request.AsOf ?? period.End,
            },
            PageLabelFormat = request.Language == ReportLanguage.Chinese ? "第 {0} 页，共 {1} 页" : "Page {0} of {1}",
            SourceName = Path.GetFileName(templatePath),
            AllowMissingGlyphs = request.AllowMissingGlyphs,
        };
        return new RenderedReport(markdown, model, options);
    }

    /// <summary>Renders a report model through a template into Markdown (includes resolve in <paramref name="includeRoot"/>, default the template's folder).</summary>
    public static string RenderMarkdown(ReportModel model, ReportLanguage language, string templatePath, string? includeRoot = null, TemplateLimits? limits = null)
    {
        var functions = new ReportFunctions(new NarrativeFormatter(language, model.Report.Currency), model.Charts.Select(static c => c.Id));
        return new ReportTemplateEngine(limits).Render(templatePath, model, functions, includeRoot);
    }

    private static string SafeFileName(string label) =>
        string.Concat(label.Select(static c => Path.GetInvalidFileNameChars().Contains(c) || c == '.' ? '_' : c)).Replace("__", "_", StringComparison.Ordinal);
}

/// <summary>A rendered report before it is written: the Markdown, the model it came from and the renderer options.</summary>
public sealed record RenderedReport(string Markdown, ReportModel Model, RenderOptions Options);
