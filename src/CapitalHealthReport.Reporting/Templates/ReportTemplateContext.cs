using System.Diagnostics;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CapitalHealthReport.Reporting.Templates;

/// <summary>
/// The one configured Scriban context every report template renders in: strict variables, no relaxed
/// member access, loop/recursion/string/output limits, a time budget, an include loader rooted in the
/// templates folder, and Markdown escaping of every value a template writes (a
/// <see cref="MarkdownFragment"/> passes through as built).
/// </summary>
internal sealed class ReportTemplateContext : TemplateContext
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TemplateLimits _limits;

    public ReportTemplateContext(Scriban.Runtime.ScriptObject builtins, TemplateLimits limits, ITemplateLoader loader)
        : base(builtins)
    {
        _limits = limits;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        ObjectRecursionLimit = 20;
        LimitToString = limits.StringLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        TemplateLoader = loader;
        NewLine = "\n";
        MemberRenamer = Scriban.Runtime.StandardMemberRenamer.Default;
        CancellationToken = new CancellationTokenSource(limits.TimeBudget).Token;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        CheckBudget(span);
        switch (textAsObject)
        {
            case null:
                return this;
            case MarkdownFragment fragment:
                Write(fragment.Markdown);
                return this;
            default:
                Write(MarkdownText.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is MarkdownFragment fragment ? fragment.Markdown : base.ObjectToString(value, nested);

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckBudget(loop.Span);
        return base.OnStepLoop(loop);
    }

    /// <summary>Stops the rendering with an error at <paramref name="span"/> once the time budget is spent.</summary>
    public void CheckBudget(SourceSpan span)
    {
        if (_clock.Elapsed > _limits.TimeBudget)
        {
            throw new ScriptRuntimeException(
                span,
                string.Create(CultureInfo.InvariantCulture, $"The template ran longer than its time budget of {_limits.TimeBudget.TotalSeconds:0.#} s; look for a loop that does too much work."));
        }
    }
}
