using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Hostile text in deal fields: spreadsheet formulas are neutralised in every CSV the tool writes, Markdown, HTML
/// and Scriban syntax never changes a report's structure or runs, and JSON and SARIF stay valid whatever the
/// characters (control characters, lone surrogates).
/// </summary>
public sealed class InjectionTests : IDisposable
{
    /// <summary>Values that spreadsheet programs would run as formulas (or that start one after a tab or CR).</summary>
    public static readonly string[] FormulaValues = ["=HYPERLINK(\"http://example.invalid\";\"x\")", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "\t=1+2", "\r=1+2"];

    private readonly string _temp = Directory.CreateTempSubdirectory("chr-injection-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Formula_values_in_deal_fields_are_neutralised_in_the_metrics_csv()
    {
        var deals = Path.Combine(_temp, "deals.csv");
        var text = new StringBuilder("date,company,sector,stage,amount,region\n");
        for (var i = 0; i < FormulaValues.Length * 4; i++)
        {
            var value = FormulaValues[i % FormulaValues.Length];
            text.Append(CultureInfo.InvariantCulture, $"2025-02-{1 + (i % 27):00},{Csv(value)} {i},{Csv(value)},{Csv(value)},{1000 + i},{Csv(value)}\n");
        }

        File.WriteAllText(deals, text.ToString());
        var output = Path.Combine(_temp, "metrics.csv");

        var result = CliRun.Run(["metrics", "--deals", deals, "--period", "2025Q1", "--by", "sector", "--by", "region", "--by", "stage", "--format", "csv", "--output", output]);

        result.AssertNoStackTrace();
        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ParseCsv(File.ReadAllText(output));
        var cells = rows.SelectMany(r => r).ToList();
        foreach (var cell in cells.Where(c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            Assert.True(double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"the cell '{cell}' would run as a formula in a spreadsheet");
        }

        Assert.Contains(cells, c => c.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("'@SUM", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("'-2+3", StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_and_template_syntax_in_deal_fields_stays_text_in_markdown_and_html_reports()
    {
        string[] hostile =
        [
            "# Injected heading", "<script>alert('x')</script>", "{{ 6 * 7 }}", "[click](javascript:alert(1))", "| a | b |", "<img src=x onerror=alert(1)>",
            "**bold** _em_", "```chart concentration", "</td></tr></table>", "{% raw %}", "<!-- toc -->",
        ];
        var deals = Path.Combine(_temp, "deals.csv");
        var text = new StringBuilder("date,company,sector,stage,amount,region\n");
        for (var i = 0; i < 60; i++)
        {
            var value = hostile[i % hostile.Length];
            text.Append(CultureInfo.InvariantCulture, $"2025-02-{1 + (i % 27):00},{Csv(value)},{(i % 2 == 0 ? "AI" : Csv(value))},A,{5000 + (i * 100)}万,{Csv(value)}\n");
        }

        File.WriteAllText(deals, text.ToString());
        var markdownPath = Path.Combine(_temp, "report.md");
        var htmlPath = Path.Combine(_temp, "report.html");

        var md = CliRun.Run(["report", "--deals", deals, "--period", "2025Q1", "--format", "md", "--output", markdownPath]);
        var html = CliRun.Run(["report", "--deals", deals, "--period", "2025Q1", "--format", "html", "--output", htmlPath]);

        md.AssertNoStackTrace();
        html.AssertNoStackTrace();
        Assert.True(md.ExitCode == 0, md.ToString());
        Assert.True(html.ExitCode == 0, html.ToString());
        var markdown = File.ReadAllText(markdownPath);
        Assert.DoesNotContain("\n# Injected heading", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](javascript:", markdown, StringComparison.Ordinal);
        var page = File.ReadAllText(htmlPath);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", page.Replace("onerror=alert(1)&gt;", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<h1>Injected heading", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("{{ 6 * 7 }}", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_outputs_stay_valid_with_control_characters_and_lone_surrogates_in_the_data()
    {
        var deals = Path.Combine(_temp, "deals.jsonl");
        var lines = new StringBuilder();
        string[] sectors = ["AI\\u0001\\u001b[31m", "Bad\\ud800Half", "Quote\\\"Back\\\\slash", "Nul\\u0000Byte", "Line\\u2028Sep"];
        for (var i = 0; i < 100; i++)
        {
            var sector = sectors[i % sectors.Length];
            lines.Append(CultureInfo.InvariantCulture, $"{{\"date\":\"2025-02-{1 + (i % 27):00}\",\"company\":\"Co{i}\\udc00\",\"sector\":\"{sector}\",\"stage\":\"A\",\"amount\":{1000 + i},\"region\":\"{sector}\"}}\n");
        }

        File.WriteAllText(deals, lines.ToString());
        foreach (var (command, format) in new[] { ("analyze", "json"), ("analyze", "sarif"), ("metrics", "json") })
        {
            var output = Path.Combine(_temp, $"{command}.{format}");
            string[] args = command == "metrics"
                ? ["metrics", "--deals", deals, "--period", "2025Q1", "--by", "sector", "--format", format, "--output", output]
                : ["analyze", "--deals", deals, "--period", "2025Q1", "--format", format, "--output", output];

            var result = CliRun.Run(args);

            result.AssertNoStackTrace();
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            var bytes = File.ReadAllBytes(output);
            Assert.True(System.Text.Unicode.Utf8.IsValid(bytes), $"{command} --format {format} wrote invalid UTF-8");
            using var document = JsonDocument.Parse(bytes);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }

        var validate = CliRun.Run(["data", "validate", "--deals", deals, "--format", "json"]);
        validate.AssertNoStackTrace();
        Assert.True(validate.ExitCode == 0, validate.ToString());
        using var report = JsonDocument.Parse(validate.Stdout);
        Assert.Equal(100, report.RootElement.GetProperty("rows_read").GetInt32());
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>An RFC 4180 reader for checking outputs.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
