namespace CapitalHealthReport.Pdf.Model;

/// <summary>
/// The PDF's document information. Dates come from the caller (data period, <c>--as-of</c>,
/// <c>SOURCE_DATE_EPOCH</c>), never from the clock, so that the same input gives the same bytes.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>BCP 47 language tag (<c>en</c>, <c>zh-CN</c>): the catalog's <c>/Lang</c> and the XMP <c>dc:language</c>.</summary>
    public string? Language { get; init; }

    public string? Creator { get; init; }

    public string? Producer { get; init; }

    /// <summary>Creation date; written in UTC. Null leaves it out.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Modification date; written in UTC. Null leaves it out.</summary>
    public DateTimeOffset? Modified { get; init; }
}
