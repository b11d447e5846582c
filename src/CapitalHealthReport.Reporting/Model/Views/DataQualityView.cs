namespace CapitalHealthReport.Reporting.Model;

/// <summary>What was loaded and what was rejected, by reason, with the loaded rows' date range.</summary>
public sealed class DataQualityView
{
    public required int RowsRead { get; init; }

    public required int RowsLoaded { get; init; }

    public required int RowsRejected { get; init; }

    public required int Undisclosed { get; init; }

    public required int Estimated { get; init; }

    public double? UndisclosedShare { get; init; }

    /// <summary>The first and last deal dates (<c>yyyy-MM-dd</c>); empty when no deal has a date.</summary>
    public required string FirstDate { get; init; }

    public required string LastDate { get; init; }

    /// <summary>The appendix's opening sentences in the report's language (rows read, loaded, rejected, undisclosed, date range).</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<RejectionView> Rejections { get; init; }

    public required IReadOnlyList<UnmappedView> Unmapped { get; init; }

    public required int Issues { get; init; }

    /// <summary>The data cut-off, <c>yyyy-MM-dd</c>.</summary>
    public string Cutoff { get; init; } = "";

    /// <summary>What the run assumed or left out (e.g. the reporting currency it took as the default), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Rows rejected for one reason, with the first line numbers.</summary>
public sealed record RejectionView(string Code, string Reason, int Count, string Lines);

/// <summary>A source value that no alias mapped.</summary>
public sealed record UnmappedView(string Field, string Value, int Count);
