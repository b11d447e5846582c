using CapitalHealthReport.Content;
using CapitalHealthReport.IO;
using CapitalHealthReport.Reporting.Narrative;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// A report template and where its includes come from: a file with includes from its folder, or a template bundled
/// in the library (<c>templates/quarterly.en.sbn.md</c>) with includes from the bundled templates.
/// </summary>
public sealed class ReportTemplate
{
    private static readonly EmbeddedContent BundledContent = new(typeof(ReportTemplate).Assembly);

    private ReportTemplate(string name, string sourceName, string? path, Func<TemplateLimits, ITemplateLoader> loader)
    {
        Name = name;
        SourceName = sourceName;
        Path = path;
        CreateLoader = loader;
    }

    /// <summary>The template's file name, as the report's provenance records it.</summary>
    public string Name { get; }

    /// <summary>How errors name the template: its full path, or <c>templates/…</c> for a bundled one.</summary>
    public string SourceName { get; }

    /// <summary>The template file; null for a bundled template.</summary>
    public string? Path { get; }

    /// <summary>The loader of the template's includes, reading files within the limits.</summary>
    internal Func<TemplateLimits, ITemplateLoader> CreateLoader { get; }

    /// <summary>A template file; includes resolve in <paramref name="includeRoot"/> (default: the template's folder).</summary>
    public static ReportTemplate FromFile(string path, string? includeRoot = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        var root = includeRoot ?? System.IO.Path.GetDirectoryName(full) ?? ".";
        return new ReportTemplate(System.IO.Path.GetFileName(full), full, full, limits => new RootedTemplateLoader(root, limits.Files));
    }

    /// <summary>The bundled quarterly template of a language (<c>templates/quarterly.zh-CN.sbn.md</c>).</summary>
    public static ReportTemplate Bundled(ReportLanguage language)
    {
        var name = $"quarterly.{ReportLanguages.Tag(language)}.sbn.md";
        return new ReportTemplate(name, EmbeddedTemplateLoader.Folder + "/" + name, null, static _ => new EmbeddedTemplateLoader(BundledContent));
    }

    /// <summary>The template's text (a bundled one from the library; a file read within <paramref name="limits"/>).</summary>
    internal string ReadText(TemplateLimits limits) => Path is null ? BundledContent.ReadAllText(SourceName) : BoundedFile.ReadAllText(Path, limits.Files.TemplatePolicy);
}
