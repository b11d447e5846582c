using System.Globalization;
using System.Text.RegularExpressions;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Tick labels for an axis of periods (<c>2024Q1</c>, <c>2024H2</c>, <c>2024</c>), written in two tiers as monitors do:
/// the quarter on the first line and the year under the first period of each year, so that nothing is repeated and
/// nothing needs slanting (where the series opens on a year's last period and the axis is narrow, that first year is
/// left to be read from the next). English reads <c>Q1</c> / <c>2024</c>; Chinese reads <c>一季度</c> / <c>2024年</c>, as in
/// <c>2024年一季度</c>, or <c>Q1</c> / <c>2024年</c> where the axis is too narrow for the words. Any other categories
/// are left as they are.
/// </summary>
public static partial class ChartPeriodLabels
{
    private static readonly string[] ChineseQuarters = ["一季度", "二季度", "三季度", "四季度"];
    private static readonly string[] ChineseHalves = ["上半年", "下半年"];

    /// <summary>The category axis of a half-width chart, the narrowest a report draws.</summary>
    public const float HalfAxisWidth = ChartRendering.CategoryAxisWidth * 0.42f;

    /// <summary>True when every category is a period label of one kind (all quarters, all halves or all years).</summary>
    public static bool IsPeriodAxis(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            return false;
        }

        var kind = Parse(categories[0]).Kind;
        return kind != '\0' && categories.All(c => Parse(c).Kind == kind);
    }

    /// <summary>
    /// The labels to draw for <paramref name="categories"/> in <paramref name="language"/> on an axis about
    /// <paramref name="axisWidth"/> points wide; the categories themselves when they are not periods.
    /// </summary>
    public static IReadOnlyList<string> Format(IReadOnlyList<string> categories, string language, float axisWidth = ChartRendering.CategoryAxisWidth)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (!IsPeriodAxis(categories))
        {
            return categories;
        }

        var chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var parsed = categories.Select(Parse).ToList();
        var perCategory = axisWidth / categories.Count;

        // Chinese quarter words are three ideographs wide; where they would crowd a half-width chart of as many periods,
        // the short form Q1 is used on every chart, so that one report names its quarters one way.
        var words = chinese && ChartRendering.EstimatedWidth("一季度") * 1.3 <= Math.Min(axisWidth, HalfAxisWidth) / categories.Count;
        var labels = new List<string>(categories.Count);
        int? previousYear = null;
        foreach (var (year, kind, part) in parsed)
        {
            var yearText = chinese ? year.ToString(CultureInfo.InvariantCulture) + "年" : year.ToString(CultureInfo.InvariantCulture);
            var first = kind switch
            {
                'Q' => words ? ChineseQuarters[part - 1] : "Q" + part.ToString(CultureInfo.InvariantCulture),
                'H' => chinese && words ? ChineseHalves[part - 1] : "H" + part.ToString(CultureInfo.InvariantCulture),
                _ => yearText,
            };
            if (kind == 'Y')
            {
                labels.Add(first);
            }
            else
            {
                labels.Add(previousYear == year ? first : first + "\n" + yearText);
            }

            previousYear = year;
        }

        // A series that opens on the last period of a year names that year and, one period on, the next: where the two
        // years would touch, the first is left to be read from the second (Q4 before Q1 2012 is Q4 2011).
        if (labels.Count > 1 && labels[0].Contains('\n', StringComparison.Ordinal) && labels[1].Contains('\n', StringComparison.Ordinal)
            && ChartRendering.LinesCrowd(labels[0].Split('\n')[1], labels[1].Split('\n')[1], perCategory))
        {
            labels[0] = labels[0].Split('\n')[0];
        }

        return labels;
    }

    private static (int Year, char Kind, int Part) Parse(string label)
    {
        var match = PeriodPattern().Match(label.Trim());
        if (!match.Success)
        {
            return (0, '\0', 0);
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!match.Groups[2].Success)
        {
            return (year, 'Y', 0);
        }

        var kind = char.ToUpperInvariant(match.Groups[2].Value[0]);
        var part = match.Groups[3].Value[0] - '0';
        return kind == 'H' && part > 2 ? (0, '\0', 0) : (year, kind, part);
    }

    [GeneratedRegex(@"^(\d{4})(?:([QqHh])([1-4]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
