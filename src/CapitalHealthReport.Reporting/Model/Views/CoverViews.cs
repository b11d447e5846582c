namespace CapitalHealthReport.Reporting.Model;

/// <summary>Cover and document facts: organisation, title, period title, dates (from the data or <c>--as-of</c>), language, currency.</summary>
public sealed class ReportInfo
{
    public required string Title { get; init; }

    /// <summary>The period title: "Quarterly monitor · Q1 2025", "Annual report · 2024", "2024年度报告".</summary>
    public required string Subtitle { get; init; }

    public required string Organisation { get; init; }

    public required string Author { get; init; }

    public required string Keywords { get; init; }

    /// <summary><c>en</c> or <c>zh-CN</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The publication date, <c>yyyy-MM-dd</c> (<c>--as-of</c>, else the period's last day; never the clock).</summary>
    public required string Date { get; init; }

    /// <summary>The data cut-off, <c>yyyy-MM-dd</c>: the last deal date the data holds (or <c>--cutoff</c>).</summary>
    public required string Cutoff { get; init; }

    /// <summary>The source line under every figure and table: "Source: deals.csv; data to 2025-06-30."</summary>
    public required string SourceLine { get; init; }

    public required string Currency { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>The <c>--where</c> filters of the run (<c>sector=AI</c>), empty when none.</summary>
    public required IReadOnlyList<string> Filters { get; init; }

    /// <summary>The filters for prose, with display names: "Energy" / "能源".</summary>
    public required string FiltersText { get; init; }

    /// <summary>The absolute base of rule help links (<c>report.help_base_url</c>), or empty when help links are left out.</summary>
    public required string HelpBaseUrl { get; init; }

    /// <summary>True when the configuration asks for the technical appendix (raw rule expressions).</summary>
    public required bool TechnicalAppendix { get; init; }
}

/// <summary>A period: its label as users write it (<c>2025Q1</c>), its name in prose, and its dates.</summary>
public sealed class PeriodView
{
    public required string Label { get; init; }

    public required string Name { get; init; }

    public required string Start { get; init; }

    public required string End { get; init; }

    /// <summary>The last day the figures cover: the end, or the data's cut-off when it falls inside the period.</summary>
    public string Through { get; init; } = "";

    /// <summary>True when the cut-off falls inside the period: its figures are of the days up to <see cref="Through"/>.</summary>
    public bool Partial { get; init; }

    /// <summary><c>quarter</c>, <c>half</c>, <c>year</c> or <c>range</c>.</summary>
    public required string Kind { get; init; }
}

/// <summary>One row of the key-figures panel: the value in the period and its change on the previous period and the year.</summary>
public sealed record KeyFigureView(string Name, string Value, string VersusPrevious, string VersusYearAgo);
