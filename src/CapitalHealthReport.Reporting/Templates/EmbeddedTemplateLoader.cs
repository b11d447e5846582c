using CapitalHealthReport.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Loads the <c>include</c>d templates of a bundled template from the templates embedded in the library. Names are
/// relative to the templates folder; absolute names and <c>..</c> segments are refused as for template files.
/// </summary>
internal sealed class EmbeddedTemplateLoader(EmbeddedContent content) : ITemplateLoader
{
    /// <summary>The folder of the bundled templates among the embedded files.</summary>
    public const string Folder = "templates";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = (templateName ?? "").Trim();
        var segments = name.Split('/', '\\');
        if (name.Length == 0 || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal) || segments.Any(static s => s is ".." or "." || s.Length == 0))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: name a file inside the templates folder, e.g. include 'partials/methodology.en.sbn.md'.");
        }

        return Folder + "/" + string.Join('/', segments);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        content.Exists(templatePath)
            ? content.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"include: the template '{templatePath[(Folder.Length + 1)..]}' is not among the bundled templates.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
