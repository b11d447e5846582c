using System.Globalization;
using System.Text.RegularExpressions;
using CapitalHealthReport.Reporting.Narrative;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Numbers the charts a report places, in the order the Markdown places them: "Figure 3: …" / "图3：…". The
/// numbers follow the rendered document, so a template that moves or drops a chart renumbers the rest.
/// </summary>
public static partial class FigureNumbers
{
    /// <summary>The placed charts by id, each titled with its figure number; charts the Markdown does not place keep their title.</summary>
    public static IReadOnlyDictionary<string, ChartSpec> Apply(IEnumerable<ChartSpec> charts, string markdown, ReportLanguage language)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Fence().Matches(markdown))
        {
            numbers.TryAdd(match.Groups["id"].Value, numbers.Count + 1);
        }

        return charts.ToDictionary(
            static c => c.Id,
            c => numbers.TryGetValue(c.Id, out var n) ? c with { Title = Label(n, language) + c.Title } : c,
            StringComparer.Ordinal);
    }

    /// <summary>"Figure 3: " / "图3："</summary>
    public static string Label(int number, ReportLanguage language) => language == ReportLanguage.Chinese
        ? string.Create(CultureInfo.InvariantCulture, $"图{number}：")
        : string.Create(CultureInfo.InvariantCulture, $"Figure {number}: ");

    [GeneratedRegex(@"^```chart[ \t]+(?<id>\S+)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
