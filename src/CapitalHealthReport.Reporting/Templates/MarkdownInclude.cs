using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as a <see cref="MarkdownFragment"/>: a partial is template
/// text (Markdown written by the template author), so it is written as rendered; the values inside it were
/// already escaped when the partial wrote them.
/// </summary>
internal sealed class MarkdownInclude : IScriptCustomFunction
{
    private readonly IScriptCustomFunction _include;

    public MarkdownInclude(IScriptCustomFunction include)
    {
        _include = include;
    }

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(MarkdownFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(_include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object Wrap(object? result) => result switch
    {
        null => new MarkdownFragment(""),
        MarkdownFragment fragment => fragment,
        string text => new MarkdownFragment(text),
        var other => other,
    };
}
