using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025Q1", "2025-01-01", "2025-03-31", "2024Q4", "2024Q1")]
    [InlineData("2025H2", "2025-07-01", "2025-12-31", "2025H1", "2024H2")]
    [InlineData("2024", "2024-01-01", "2024-12-31", "2023", "2023")]
    [InlineData("2024-01-01..2024-08-31", "2024-01-01", "2024-08-31", "2023-05-02..2023-12-31", "2023-01-01..2023-08-31")]
    public void Parses_labels_and_derives_comparison_periods(string text, string start, string end, string previous, string yearAgo)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(text, period.Label);
        Assert.Equal(previous, period.Previous().Label);
        Assert.Equal(yearAgo, period.YearAgo().Label);
    }

    [Theory]
    [InlineData("2025-Q1", "2025Q1")]
    [InlineData("2025 q1", "2025Q1")]
    [InlineData("Q1 2025", "2025Q1")]
    [InlineData("h2-2024", "2024H2")]
    [InlineData("2025年", "2025")]
    [InlineData("2025年第一季度", "2025Q1")]
    [InlineData("2025年四季度", "2025Q4")]
    [InlineData("2025年上半年", "2025H1")]
    [InlineData("2025年下半年", "2025H2")]
    public void Reads_quarters_halves_and_years_as_people_write_them(string text, string label)
    {
        Assert.Equal(label, Period.Parse(text).Label);
    }

    [Theory]
    [InlineData("2025Q5")]
    [InlineData("Q1")]
    [InlineData("2025Q1 2025")]
    [InlineData("2025年第五季度")]
    [InlineData("2024-08-31..2024-01-01")]
    [InlineData("")]
    public void Rejects_malformed_periods_with_the_accepted_forms(string text)
    {
        var ex = Assert.Throws<InputException>(() => Period.Parse(text));

        Assert.Contains("2025Q1", ex.Message, StringComparison.Ordinal);
    }
}
