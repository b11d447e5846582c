using System.Diagnostics;
using CapitalHealthReport.Reporting.Templates;
using CapitalHealthReport.Testing;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Tests.Templates;

/// <summary>What a template can reach: only regular files inside its folder, and no built-in that reads the clock or draws random values.</summary>
public sealed class TemplateSandboxTests : IDisposable
{
    private readonly TemplateFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void An_include_through_a_linked_folder_outside_the_templates_is_refused()
    {
        var outside = Path.Combine(_fixture.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "passwd"), "root:x:0:0");
        Directory.Delete(Path.Combine(_fixture.Templates, "partials"));
        File.CreateSymbolicLink(Path.Combine(_fixture.Templates, "partials"), outside);

        var ex = Assert.Throws<InputException>(() => _fixture.Render("{{ include 'partials/passwd' }}"));

        Assert.Contains("resolves outside the templates folder", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_folder_inside_the_templates_folder_is_followed()
    {
        var shared = Path.Combine(_fixture.Templates, "shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "note.sbn.md"), "shared note");
        File.CreateSymbolicLink(Path.Combine(_fixture.Templates, "partials", "linked"), shared);

        Assert.Contains("shared note", _fixture.Render("{{ include 'partials/linked/note.sbn.md' }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_of_a_device_or_a_fifo_is_refused_without_reading_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev and FIFOs");
        File.CreateSymbolicLink(Path.Combine(_fixture.Templates, "d"), "/dev");
        var fifo = Path.Combine(_fixture.Templates, "partials", "pipe.sbn.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var clock = Stopwatch.StartNew();
        var zero = Assert.Throws<InputException>(() => _fixture.Render("{{ include 'd/zero' }}"));
        var pipe = Assert.Throws<InputException>(() => _fixture.Render("{{ include 'partials/pipe.sbn.md' }}"));

        Assert.Contains("resolves outside the templates folder", zero.Message, StringComparison.Ordinal);
        Assert.Contains("FIFO (named pipe), not a regular file", pipe.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ timespan.zero }}")]
    [InlineData("{{ object.eval '1' }}")]
    public void Functions_that_read_the_clock_draw_random_values_or_run_text_are_not_reachable(string template)
    {
        var ex = Assert.Throws<InputException>(() => _fixture.Render(template));

        Assert.Contains("template error", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_remaining_builtin_is_reviewed_and_deterministic()
    {
        // Scriban's built-ins as this product exposes them. A Scriban upgrade that adds one fails here, so that it is
        // reviewed for clock, randomness, file or evaluation access before templates can call it.
        string[] reviewed =
        [
            "array.add", "array.add_range", "array.any", "array.compact", "array.concat", "array.contains", "array.cycle", "array.each",
            "array.filter", "array.first", "array.insert_at", "array.join", "array.last", "array.limit", "array.map", "array.offset",
            "array.remove_at", "array.reverse", "array.size", "array.sort", "array.uniq", "blank", "empty",
            "html.escape", "html.newline_to_br", "html.strip", "html.url_encode", "html.url_escape", "include", "include_join",
            "math.abs", "math.ceil", "math.divided_by", "math.floor", "math.format", "math.is_number", "math.minus", "math.modulo",
            "math.plus", "math.round", "math.times",
            "object.default", "object.format", "object.has_key", "object.has_value", "object.keys", "object.kind", "object.size",
            "object.to_json", "object.typeof", "object.values",
            "regex.escape", "regex.match", "regex.matches", "regex.replace", "regex.split", "regex.unescape",
            "string.append", "string.base64_decode", "string.base64_encode", "string.capitalize", "string.capitalizewords", "string.contains",
            "string.downcase", "string.empty", "string.ends_with", "string.equals_ignore_case", "string.escape", "string.handleize",
            "string.hmac_sha1", "string.hmac_sha256", "string.hmac_sha512", "string.index_of", "string.literal", "string.lstrip", "string.md5",
            "string.pad_left", "string.pad_right", "string.pluralize", "string.prepend", "string.remove", "string.remove_first",
            "string.remove_last", "string.replace", "string.replace_first", "string.rstrip", "string.sha1", "string.sha256", "string.sha512",
            "string.size", "string.slice", "string.slice1", "string.split", "string.starts_with", "string.strip", "string.strip_newlines",
            "string.to_double", "string.to_float", "string.to_int", "string.to_long", "string.truncate", "string.truncatewords",
            "string.upcase", "string.whitespace",
        ];

        var exposed = new List<string>();
        foreach (var (name, value) in ReportTemplateEngine.CreateBuiltins())
        {
            if (value is ScriptObject { Count: > 0 } group)
            {
                exposed.AddRange(group.Keys.Select(k => name + "." + k));
            }
            else
            {
                exposed.Add(name);
            }
        }

        Assert.Equal(reviewed.Order(StringComparer.Ordinal), exposed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_template_limits_come_from_the_resource_limits_the_command_line_uses()
    {
        var limits = TemplateLimits.Default;

        Assert.Equal(Limits.ResourceLimits.Default.MaxOutputBytes, limits.OutputLimit);
        Assert.Equal(Limits.ResourceLimits.Default.TemplateTime, limits.TimeBudget);
    }

    [Fact]
    public void The_templates_page_states_the_limits_in_force()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "templates.md"));
        var limits = TemplateLimits.Default;

        Assert.Contains(FormattableString.Invariant($"| loop iterations | {limits.LoopLimit:N0} per loop |"), doc, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"| call / include depth | {limits.RecursiveLimit} |"), doc, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"| one value converted to text | {limits.StringLimit:N0} characters |"), doc, StringComparison.Ordinal);
        Assert.Contains($"| whole output | {Limits.ByteSize.Format(limits.OutputLimit)} (`--max-output-size`) |", doc, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"| time | {limits.TimeBudget.TotalSeconds:0} s (`--template-timeout`) |"), doc, StringComparison.Ordinal);
        Assert.Contains($"| template or partial file | {Limits.ByteSize.Format(limits.MaxTemplateBytes)} |", doc, StringComparison.Ordinal);
    }
}
