using System.Globalization;
using System.Text;
using System.Xml;
using CapitalHealthReport.Rules.Explaining;

namespace CapitalHealthReport.Rules;

/// <summary>
/// Writes <c>analyze --format junit</c>: JUnit XML that CI test reporters read (GitHub test reporters, Azure DevOps
/// PublishTestResults, GitLab <c>artifacts:reports:junit</c>, Jenkins). One <c>testsuite</c> per rule category and one
/// <c>testcase</c> per rule and scope; a finding at or above the gate is a <c>failure</c>, a suppressed finding, a scope
/// with too few deals and a disabled rule are <c>skipped</c> with the reason, and everything else passes (a finding below
/// the gate shows its message in <c>system-out</c>). No times or dates: the same findings write the same bytes.
/// </summary>
public static class JUnitWriter
{
    public static string Write(AnalysisResult result, IReadOnlyList<RuleEvaluation> evaluations, FindingGate gate)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(gate);
        var cases = evaluations.Select(e => Case(e, gate, result.ComparedWithBaseline)).Concat(ConfigurationCases(result, gate)).ToList();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", "capital-health " + result.Period.Label);
            WriteCounts(writer, cases);
            foreach (var suite in cases.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", suite.Key);
                WriteCounts(writer, [.. suite]);
                foreach (var c in suite)
                {
                    WriteCase(writer, c);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static TestCase Case(RuleEvaluation e, FindingGate gate, bool comparedWithBaseline)
    {
        var rule = e.Rule;
        var name = $"{rule.Id} {rule.Title} [{e.Location}]";
        var details = Details(e);
        return e.Outcome switch
        {
            RuleOutcome.Disabled or RuleOutcome.TooFewDeals or RuleOutcome.Suppressed => new TestCase(rule.Category, rule.Id, name, Kind.Skipped, e.Reason, details),
            _ when e.Finding is { } f && gate.Fails(f, comparedWithBaseline) => new TestCase(rule.Category, rule.Id, name, Kind.Failed, f.Message, details, Severities.Name(f.Severity)),
            _ => new TestCase(rule.Category, rule.Id, name, Kind.Passed, e.Reason, details),
        };
    }

    private static IEnumerable<TestCase> ConfigurationCases(AnalysisResult result, FindingGate gate)
    {
        foreach (var rule in ConfigurationRules.All)
        {
            var findings = result.Diagnostics.Where(d => d.Id == rule.Id && d.Baseline != BaselineState.Absent).ToList();
            if (findings.Count == 0)
            {
                yield return new TestCase(rule.Category, rule.Id, $"{rule.Id} {rule.Title} [{result.Period.Label}]", Kind.Passed, "Nothing to report.", "");
            }

            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                var name = string.Create(CultureInfo.InvariantCulture, $"{rule.Id} {rule.Title} [{f.Location} #{i + 1}]");
                yield return gate.Fails(f, result.ComparedWithBaseline)
                    ? new TestCase(rule.Category, rule.Id, name, Kind.Failed, f.Message, f.Message, Severities.Name(f.Severity))
                    : new TestCase(rule.Category, rule.Id, name, f.Suppressed is null ? Kind.Passed : Kind.Skipped, f.Message, f.Message);
            }
        }
    }

    private static string Details(RuleEvaluation e)
    {
        var b = new StringBuilder();
        b.Append(e.Reason).Append('\n');
        foreach (var c in e.Conditions)
        {
            b.Append(c.Name).Append(": ").Append(c.Text).Append("  =>  ").Append(c.WithValues).Append(" is ").Append(c.Holds ? "true" : "false").Append('\n');
        }

        foreach (var level in e.Levels)
        {
            b.Append(Severities.Name(level.Severity)).Append(" when ").Append(level.Text).Append('\n');
        }

        if (e.Finding is { } finding)
        {
            b.Append(finding.Message).Append('\n');
        }

        return b.ToString();
    }

    private static void WriteCounts(XmlWriter writer, IReadOnlyCollection<TestCase> cases)
    {
        writer.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("failures", cases.Count(c => c.Kind == Kind.Failed).ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", cases.Count(c => c.Kind == Kind.Skipped).ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("time", "0");
    }

    private static void WriteCase(XmlWriter writer, TestCase c)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("classname", "capital-health." + c.Category + "." + c.RuleId);
        writer.WriteAttributeString("name", XmlText(c.Name));
        writer.WriteAttributeString("time", "0");
        switch (c.Kind)
        {
            case Kind.Failed:
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("type", c.Severity ?? "error");
                writer.WriteAttributeString("message", XmlText(c.Message));
                writer.WriteString(XmlText(c.Details));
                writer.WriteEndElement();
                break;
            case Kind.Skipped:
                writer.WriteStartElement("skipped");
                writer.WriteAttributeString("message", XmlText(c.Message));
                writer.WriteEndElement();
                writer.WriteElementString("system-out", XmlText(c.Details));
                break;
            default:
                writer.WriteElementString("system-out", XmlText(c.Details));
                break;
        }

        writer.WriteEndElement();
    }

    /// <summary>Text XML 1.0 can carry: a character it forbids (a control character, a lone surrogate) is written as <c>\xNN</c>.</summary>
    internal static string XmlText(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                b?.Append(c);
                continue;
            }

            b ??= new StringBuilder(text, 0, i, text.Length + 16);
            b.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
        }

        return b?.ToString() ?? text;
    }

    private enum Kind
    {
        Passed,
        Failed,
        Skipped,
    }

    private sealed record TestCase(string Category, string RuleId, string Name, Kind Kind, string Message, string Details, string? Severity = null);
}
