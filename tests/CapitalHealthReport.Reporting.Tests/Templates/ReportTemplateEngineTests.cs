using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Reporting.Templates;

namespace CapitalHealthReport.Reporting.Tests.Templates;

public sealed class ReportTemplateEngineTests : IDisposable
{
    private readonly TemplateFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Exposes_the_model_with_snake_case_names_and_narrative_functions()
    {
        var output = _fixture.Render("# {{ title }}\nTop 20%: {{ pct top_quintile_share }}; {{ money top_companies[0].amount }}; {{ change 0.6 0.548 '2024Q4' 'share' }}");
        Assert.Equal("# Quarterly monitor\nTop 20%: 80.5%; 1.5 bn CNY; up 5.2 points from Q4 2024", output);
    }

    [Fact]
    public void Writes_chinese_narrative_with_chinese_functions()
    {
        var output = _fixture.Render("{{ period_label '2025Q1' }}：{{ money top_companies[0].amount }}，{{ change 0.6 0.548 (period_label '2024Q4') 'share' }}", language: ReportLanguage.Chinese);
        Assert.Equal("2025年第一季度：15.0亿元，较2024年第四季度上升5.2个百分点", output);
    }

    [Fact]
    public void Prints_missing_numbers_as_not_available()
    {
        Assert.Equal("HHI before: —", _fixture.Render("HHI before: {{ num hhi_previous }}"));
    }

    [Fact]
    public void Rejects_unknown_variables_with_file_line_and_column()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("line one\nvalue: {{ top_quintile_shar }}"));
        Assert.EndsWith("main.sbn.md", ex.File, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
        Assert.Equal(11, ex.Column);
        Assert.Contains("top_quintile_shar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unknown_members_instead_of_printing_nothing()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ top_companies[0].revenue }}"));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Has_values_tells_a_table_with_a_value_in_a_field_from_one_without()
    {
        var model = new SampleModel { TopCompanies = [new("Plain Robotics", 0.9e9, 0.15)] };
        Assert.Equal("true false false", _fixture.Render("{{ has_values top_companies 'amount' }} {{ has_values [{amount: null}, {amount: null}] 'amount' }} {{ has_values [] 'amount' }}", model));
        Assert.Equal("No deal in the table discloses an amount, so no value columns are shown.", _fixture.Render("{{ no_values_note }}"));
        Assert.Equal("表中事件均未披露金额，故不列金额各列。", _fixture.Render("{{ no_values_note }}", language: ReportLanguage.Chinese));
    }

    [Fact]
    public void Has_values_rejects_a_field_the_rows_do_not_have_instead_of_dropping_the_columns()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("ok\n{{ has_values top_companies 'amout' }}"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("no field 'amout'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("amount", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_parse_errors_with_their_position()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("ok\n\n{{ if }}\n"));
        Assert.Equal(3, ex.Line);
        Assert.NotNull(ex.Column);
        Assert.StartsWith("template error:", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_loops_at_the_loop_limit()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ for i in 1..20000 }}.{{ end }}"));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Stops_runaway_recursion()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ func f\n f\nend\nf }}"));
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Stops_output_larger_than_the_cap()
    {
        var limits = new TemplateLimits { OutputLimit = 100_000 };
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ for i in 1..5000 }}{{ 'x' | string.pad_left 100 }}{{ end }}", limits: limits));
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void An_output_larger_than_the_cap_names_the_output_limit_not_a_template_fault()
    {
        var limits = new TemplateLimits { OutputLimit = 1024 };
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ for i in 1..1000 }}line {{ i }}\n{{ end }}", limits: limits));
        Assert.Contains("larger than the 1 KB allowed (ResourceLimits.MaxOutputBytes); nothing was written", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Raise the limit with ResourceLimits.MaxOutputBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 1 KB allowed (--max-output-size); nothing was written", ex.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.Contains("Raise the limit with --max-output-size", ex.MessageIn(Wording.CommandLine), StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the template", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Stops_templates_that_exceed_the_time_budget()
    {
        var limits = new TemplateLimits { TimeBudget = TimeSpan.FromMilliseconds(200) };
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ x = 'a' | string.pad_left 500000 }}{{ for i in 1..9000 }}{{ y = x | string.replace 'a' 'b' }}{{ end }}", limits: limits));
        Assert.True(ex.Message.Contains("time budget", StringComparison.Ordinal), ex.Message);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../main.sbn.md")]
    [InlineData("partials/../../secret.md")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    public void Refuses_includes_outside_the_templates_folder(string include)
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render($"first line\n  {{{{ include '{include}' }}}}"));
        Assert.EndsWith("main.sbn.md", ex.File, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
        Assert.NotNull(ex.Column);
        Assert.Contains("refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_partials_inside_the_templates_folder_with_the_same_model()
    {
        _fixture.Write("partials/part.sbn.md", "# Part\n\n**{{ title }}** {{ top_companies[0].name }}");
        Assert.Equal(
            "Start\n# Part\n\n**Quarterly monitor** \\*Star\\* \\| \\{\\{x\\}\\} \\# Co",
            _fixture.Render("Start\n{{ include 'partials/part.sbn.md' }}"));
    }

    [Fact]
    public void Reports_errors_inside_a_partial_with_the_partials_position()
    {
        _fixture.Write("partials/bad.sbn.md", "ok\n{{ nope }}");
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ include 'partials/bad.sbn.md' }}"));
        Assert.EndsWith("bad.sbn.md", ex.File, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Refuses_a_partial_that_links_outside_the_folder()
    {
        var outside = Path.Combine(_fixture.Root, "outside.md");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_fixture.Templates, "partials", "link.sbn.md"), outside);
        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ include 'partials/link.sbn.md' }}"));
        Assert.Contains("outside", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_no_clock_and_no_eval()
    {
        Assert.Throws<InputException>(() => _fixture.Render("{{ date.now }}"));
        Assert.Throws<InputException>(() => _fixture.Render("{{ object.eval 'title' }}"));
    }

    [Fact]
    public void Places_charts_known_to_the_model()
    {
        Assert.Equal("```chart lorenz\n```", _fixture.Render("{{ chart 'lorenz' }}"));
    }

    [Fact]
    public void Rejects_charts_the_model_does_not_have()
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render("text\n{{ chart 'pie' }}"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("pie", ex.Message, StringComparison.Ordinal);

        var literal = Assert.Throws<InputException>(() => _fixture.Render("text\n```chart pie\n```\n"));
        Assert.Contains("'pie'", literal.Message, StringComparison.Ordinal);
        Assert.EndsWith("main.sbn.md", literal.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_callouts_as_alert_blocks_with_escaped_text()
    {
        var output = _fixture.Render("{{ callout 'warning' top_companies[0].name 'Top 20% took 80%' }}");
        Assert.Equal("> [!WARNING]\n> **\\*Star\\* \\| \\{\\{x\\}\\} \\# Co**\n>\n> Top 20% took 80%", output);
    }
}
