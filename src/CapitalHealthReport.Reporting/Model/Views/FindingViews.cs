namespace CapitalHealthReport.Reporting.Model;

/// <summary>One diagnostic for the report: severity in words, the rule's title in the report's language, scope and help link.</summary>
public sealed class FindingView
{
    public required string Id { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>"Serious" / "Moderate" / "Informational" (严重 / 中等 / 提示).</summary>
    public required string SeverityLabel { get; init; }

    /// <summary>The severity as a table mark: ● serious, ◐ moderate, ○ informational.</summary>
    public required string Mark { get; init; }

    /// <summary>The GitHub alert kind for a callout: <c>CAUTION</c> (error), <c>WARNING</c>, <c>NOTE</c> (info).</summary>
    public required string Callout { get; init; }

    public required string Category { get; init; }

    /// <summary>The rule's title in the report's language (the pack's own text where it has one).</summary>
    public required string Title { get; init; }

    /// <summary>The rule's message with the scope's numbers, as the rule pack writes it.</summary>
    public required string Message { get; init; }

    /// <summary>The finding in one line of the report's language: the deciding value and its threshold.</summary>
    public required string Summary { get; init; }

    public required string Scope { get; init; }

    public required string ScopeName { get; init; }

    /// <summary>The rule's help page: an absolute link under <c>report.help_base_url</c>, or empty when there is none.</summary>
    public required string Help { get; init; }

    public required IReadOnlyList<EvidenceView> Evidence { get; init; }

    public required bool Suppressed { get; init; }

    public string? Justification { get; init; }

    /// <summary><c>new</c>, <c>unchanged</c> or <c>absent</c> against a baseline.</summary>
    public required string Baseline { get; init; }
}

/// <summary>A metric value that decided a finding.</summary>
public sealed record EvidenceView(string Metric, string Name, double? Value, string Text);

/// <summary>Counts of active findings by severity, suppressed ones, and the count as a sentence in the report's language.</summary>
public sealed record FindingSummaryView(int Error, int Warning, int Info, int Suppressed, int Total, string Text)
{
    /// <summary>
    /// A sentence that names the sectors and regions of findings that no reference table names, shown as the data writes
    /// them ("“Quantum Computing” is a label of the data …"); empty when there are none.
    /// </summary>
    public string AsWritten { get; init; } = "";
}
