using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Loads <c>include</c>d templates from one folder only. Absolute paths, <c>..</c> segments, drive or
/// UNC prefixes and anything that resolves outside the folder (including through a symbolic link)
/// are refused with an error at the <c>include</c> statement.
/// </summary>
public sealed class RootedTemplateLoader : ITemplateLoader
{
    private readonly string _root;

    public RootedTemplateLoader(string root)
    {
        _root = Path.GetFullPath(root);
    }

    /// <summary>The folder includes are resolved in.</summary>
    public string Root => _root;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, "include needs a template name, e.g. include 'partials/methodology.en.sbn.md'.");
        }

        var name = templateName.Trim();
        if (Path.IsPathRooted(name) || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: absolute paths are not allowed; name a file relative to the templates folder.");
        }

        var segments = name.Split('/', '\\');
        if (segments.Any(static s => s is ".." or "." || s.Length == 0))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: '..', '.' and empty path segments are not allowed; name a file inside the templates folder.");
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!IsInside(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: it resolves outside the templates folder.");
        }

        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!IsInside(templatePath))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' is refused: it resolves outside the templates folder.");
        }

        if (!File.Exists(templatePath))
        {
            throw new ScriptRuntimeException(callerSpan, $"include: the template '{Path.GetRelativePath(_root, templatePath)}' does not exist in {_root}.");
        }

        var info = new FileInfo(templatePath);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && !IsInside(Path.GetFullPath(target.FullName)))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetRelativePath(_root, templatePath)}' is refused: it is a link to a file outside the templates folder.");
        }

        if (info.Length > 4 * 1024 * 1024)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetRelativePath(_root, templatePath)}' is refused: templates are limited to 4 MB.");
        }

        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool IsInside(string fullPath)
    {
        var root = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(root, StringComparison.Ordinal);
    }
}
