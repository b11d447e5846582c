using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>
/// The words a template names the data's places with, in the report's language (<see cref="PlaceWords"/>):
/// <c>{{ places.heading }}</c> is "Regions" or "Countries" (区域分布 / 国家分布).
/// </summary>
public sealed class PlacesView
{
    /// <summary>True when the data's places are countries (an export by country), false for regions.</summary>
    public required bool Countries { get; init; }

    /// <summary>The regional section's heading: "Regions" / "Countries"; 区域分布 / 国家分布.</summary>
    public required string Heading { get; init; }

    /// <summary>A table column of places: "Region" / "Country"; 地区 / 国家.</summary>
    public required string Column { get; init; }

    /// <summary>One place in a sentence: "region" / "country"; 地区 / 国家.</summary>
    public required string One { get; init; }

    /// <summary>Places in a sentence: "regions" / "countries"; 地区 / 国家.</summary>
    public required string Many { get; init; }

    public static PlacesView Of(PlaceWords words, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new PlacesView
        {
            Countries = words.Countries,
            Heading = words.Heading(language),
            Column = words.Column(language),
            One = words.One(language),
            Many = words.Many(language),
        };
    }
}
