using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Loads <c>include</c>d templates from one folder only. Absolute paths, <c>..</c> segments, drive or UNC prefixes
/// are refused as written; then every component of the path is resolved (a linked folder such as
/// <c>partials -&gt; /etc</c> as well as a linked file), and anything that leads outside the folder, or that is not a
/// regular file (a FIFO, a device), is refused. Each refusal is an error at the <c>include</c> statement.
/// </summary>
public sealed class RootedTemplateLoader : ITemplateLoader
{
    private readonly string _root;
    private readonly string _realRoot;
    private readonly ReadPolicy _policy;

    public RootedTemplateLoader(string root, ResourceLimits? limits = null)
    {
        _root = Path.GetFullPath(root);
        _realRoot = RealPath.Of(_root);
        _policy = (limits ?? ResourceLimits.Default).IncludePolicy;
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
        Resolve(full, callerSpan);
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var real = Resolve(templatePath, callerSpan);
        var name = Path.GetRelativePath(_root, templatePath);
        var node = FileNode.At(real);
        if (!node.Exists)
        {
            throw new ScriptRuntimeException(callerSpan, $"include: the template '{name}' does not exist in {_root}.");
        }

        if (node.Kind != FileNodeKind.Regular)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: it is {FileNode.Describe(node.Kind)}, not a regular file.");
        }

        try
        {
            return BoundedFile.ReadAllText(real, _policy with { RefuseLinks = true });
        }
        catch (InputException e)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: {e.Reason}");
        }
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The real path of <paramref name="fullPath"/>, which must lie inside the (real) template folder.</summary>
    private string Resolve(string fullPath, SourceSpan callerSpan)
    {
        var name = Path.GetRelativePath(_root, fullPath);
        if (!RealPath.IsInside(fullPath, _root))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{fullPath}' is refused: it resolves outside the templates folder.");
        }

        string real;
        try
        {
            real = RealPath.Of(fullPath);
        }
        catch (IOException e)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: {e.Message}");
        }

        if (!RealPath.IsInside(real, _realRoot))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{name}' is refused: it resolves outside the templates folder through a symbolic link.");
        }

        return real;
    }
}
