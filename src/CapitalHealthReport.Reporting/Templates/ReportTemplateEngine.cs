using System.Reflection;
using System.Text.RegularExpressions;
using CapitalHealthReport.Limits;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Renders a report template (Markdown with Scriban) against a report model. Every rendering uses one
/// configured <see cref="ReportTemplateContext"/>; includes load only from the main template's folder.
/// Parse and runtime errors become an <see cref="InputException"/> with the template file, line and column.
/// </summary>
public sealed partial class ReportTemplateEngine
{
    private readonly TemplateLimits _limits;

    public ReportTemplateEngine(TemplateLimits? limits = null)
    {
        _limits = limits ?? TemplateLimits.Default;
    }

    /// <summary>
    /// Renders <paramref name="templatePath"/> with the model's public properties as snake_case globals
    /// (<c>ReportModel.Period</c> → <c>period</c>) and the <paramref name="functions"/>. Includes resolve
    /// in <paramref name="includeRoot"/> (default: the template's folder). Returns the Markdown.
    /// </summary>
    public string Render(string templatePath, object model, ReportFunctions functions, string? includeRoot = null) =>
        Render(ReportTemplate.FromFile(templatePath, includeRoot), model, functions);

    /// <summary>Renders <paramref name="template"/> (a file or a bundled template) with the model and functions; returns the Markdown.</summary>
    public string Render(ReportTemplate template, object model, ReportFunctions functions)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Path is { } path && !File.Exists(path))
        {
            throw new InputException("The report template does not exist.", path, hint: SettingText.Of($"Give an existing .sbn.md file with {Settings.Template}, or leave {Settings.Template} out to use the bundled one."));
        }

        return RenderText(template.ReadText(_limits), template.SourceName, model, functions, template.CreateLoader(_limits));
    }

    /// <summary>Renders template <paramref name="text"/> (named <paramref name="sourceName"/> in errors) with includes from <paramref name="includeRoot"/>.</summary>
    public string RenderText(string text, string sourceName, object model, ReportFunctions functions, string includeRoot) =>
        RenderText(text, sourceName, model, functions, new RootedTemplateLoader(includeRoot));

    private string RenderText(string text, string sourceName, object model, ReportFunctions functions, ITemplateLoader loader)
    {
        var template = Template.Parse(NormalizeNewLines(text), sourceName);
        if (template.HasErrors)
        {
            var first = template.Messages.First(static m => m.Type == ParserMessageType.Error);
            throw ToInputException(first.Span, first.Message, template.Messages.Count(static m => m.Type == ParserMessageType.Error));
        }

        var builtins = CreateBuiltins();
        var context = new ReportTemplateContext(builtins, _limits, loader);
        var globals = new ScriptObject(StringComparer.Ordinal);
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        ImportFunctions(globals, functions);
        context.PushGlobal(globals);

        string output;
        try
        {
            output = template.Render(context);
        }
        catch (ScriptParserRuntimeException ex) when (ex.ParserMessages.HasErrors)
        {
            var first = ex.ParserMessages.First(static m => m.Type == ParserMessageType.Error);
            throw ToInputException(first.Span, first.Message, 1, ex);
        }
        catch (ScriptRuntimeException ex) when (ex.OriginalMessage.Contains("exceeds OutputLimit", StringComparison.Ordinal))
        {
            // The whole output's cap is the run's --max-output-size, not a fault at the statement that crossed it.
            throw new InputException(
                SettingText.Of($"the rendered report would be larger than the {ByteSize.Format(_limits.OutputLimit)} allowed ({Settings.MaxOutputSize}); nothing was written."),
                string.IsNullOrEmpty(ex.Span.FileName) ? DisplayPath(sourceName) : DisplayPath(ex.Span.FileName),
                ex.Span.Start.Line + 1,
                ex.Span.Start.Column + 1,
                SettingText.Of($"Raise the limit with {Settings.MaxOutputSize}, or look for a loop in the template that writes too much."),
                ex);
        }
        catch (ScriptRuntimeException ex)
        {
            var message = context.CancellationToken.IsCancellationRequested
                ? $"the template ran longer than its time budget of {_limits.TimeBudget.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s; look for a loop that does too much work"
                : ex.OriginalMessage;
            throw ToInputException(ex.Span, message, 1, ex);
        }
        catch (OperationCanceledException ex)
        {
            throw new InputException(
                $"The template ran longer than its time budget of {_limits.TimeBudget.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s.",
                DisplayPath(sourceName),
                hint: "Look for a loop that does too much work.",
                innerException: ex);
        }

        CheckChartBlocks(output, sourceName, functions);
        return output;
    }

    /// <summary>Imports the public methods of <paramref name="functions"/> as snake_case template functions.</summary>
    private static void ImportFunctions(ScriptObject globals, ReportFunctions functions)
    {
        var methods = typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
        foreach (var method in methods.Where(static m => !m.IsSpecialName).OrderBy(static m => m.Name, StringComparer.Ordinal))
        {
            var name = StandardMemberRenamer.Rename(method.Name);
            globals.SetValue(name, DynamicCustomFunction.Create(method.IsStatic ? null : functions, method), true);
        }
    }

    /// <summary>
    /// The Scriban built-ins minus those that read the clock (<c>date</c>, <c>timespan</c>), draw random values
    /// (<c>math.random</c>, <c>math.uuid</c>: two runs would differ) or evaluate text as template code
    /// (<c>object.eval</c>, <c>object.eval_template</c>, <c>object.from_json</c>).
    /// </summary>
    internal static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins.TryGetValue("include", out var include) && include is IScriptCustomFunction includeFunction)
        {
            builtins.SetValue("include", new MarkdownInclude(includeFunction), true);
        }

        foreach (var name in RemovedBuiltins)
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                builtins.Remove(name);
            }
            else if (builtins.TryGetValue(name[..dot], out var group) && group is ScriptObject functions)
            {
                var copy = new ScriptObject();
                foreach (var member in functions.Where(m => m.Key != name[(dot + 1)..]))
                {
                    copy.SetValue(member.Key, member.Value, true);
                }

                builtins.SetValue(name[..dot], copy, true);
            }
        }

        return builtins;
    }

    /// <summary>The Scriban built-ins (groups or <c>group.function</c>) no template can call.</summary>
    internal static IReadOnlyList<string> RemovedBuiltins { get; } =
        ["date", "timespan", "math.random", "math.uuid", "object.eval", "object.eval_template", "object.from_json"];

    /// <summary>Every fenced <c>chart id</c> block in the output must name a chart of the model.</summary>
    private static void CheckChartBlocks(string markdown, string sourceName, ReportFunctions functions)
    {
        var line = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            line++;
            var match = ChartFence().Match(raw);
            if (match.Success && !functions.ChartIds.Contains(match.Groups["id"].Value))
            {
                throw new InputException(
                    $"The template places chart '{match.Groups["id"].Value}' (output line {line}), which is not in the report model.",
                    DisplayPath(sourceName),
                    hint: $"Known charts: {string.Join(", ", functions.ChartIds)}.");
            }
        }
    }

    private static InputException ToInputException(SourceSpan span, string message, int errorCount, Exception? inner = null)
    {
        var more = errorCount > 1 ? $" ({errorCount - 1} more error(s) after this one)" : "";
        message = message.TrimEnd();
        if (!message.EndsWith('.'))
        {
            message += ".";
        }

        var file = string.IsNullOrEmpty(span.FileName) ? "<template>" : DisplayPath(span.FileName);
        return new InputException(
            $"template error: {message}{more}",
            file,
            span.Start.Line + 1,
            span.Start.Column + 1,
            "Fix the template; no report was written.",
            inner);
    }

    /// <summary>A path as users should see it: relative to the working folder when inside it.</summary>
    internal static string DisplayPath(string path)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})\s*chart\s+(?<id>\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChartFence();
}
