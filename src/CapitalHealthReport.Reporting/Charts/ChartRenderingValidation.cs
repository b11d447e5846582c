using System.Globalization;

namespace CapitalHealthReport.Reporting.Charts;

/// <summary>Whether a chart can be drawn, and whether it has anything to draw.</summary>
public static partial class ChartRendering
{
    /// <summary>
    /// Checks that a chart can be drawn: a title and the axis labels (a map needs only its legend title in
    /// <see cref="ChartSpec.YLabel"/>), values that match the categories, and x/y pairs in 0–1 for a Lorenz curve.
    /// </summary>
    /// <exception cref="InputException">What is wrong, naming the chart.</exception>
    public static void Validate(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var id = spec.Id;
        RequireText(id, "title", spec.Title);
        if (spec.Kind != ChartKind.TileMap)
        {
            RequireText(id, "x-axis label", spec.XLabel);
        }

        RequireText(id, "y-axis label", spec.YLabel);
        _ = ChartValueFormats.Parse(spec.ValueFormat, id);
        if (spec.Series.Count == 0)
        {
            throw Invalid(id, "has no series to draw", "Give the chart at least one series.");
        }

        foreach (var series in spec.Series)
        {
            foreach (var value in series.Values)
            {
                if (value is { } v && !double.IsFinite(v))
                {
                    throw Invalid(id, $"series '{series.Name}' has a value that is not a finite number", "Use null for a missing value.");
                }
            }

            if (spec.Kind == ChartKind.Lorenz)
            {
                if (series.X is null || series.X.Count != series.Values.Count)
                {
                    throw Invalid(id, $"Lorenz series '{series.Name}' needs one x value per y value", "Give X the cumulative share of companies (0–1).");
                }

                if (series.X.Any(x => !double.IsFinite(x) || x < 0 || x > 1)
                    || series.Values.Any(y => y is not { } v || !double.IsFinite(v) || v < -1e-9 || v > 1 + 1e-9))
                {
                    throw Invalid(id, $"Lorenz series '{series.Name}' has points outside 0–1 or missing values", "Lorenz points are cumulative shares between 0 and 1.");
                }
            }
            else if (series.Values.Count != spec.Categories.Count)
            {
                throw Invalid(
                    id,
                    $"series '{series.Name}' has {series.Values.Count.ToString(CultureInfo.InvariantCulture)} values for {spec.Categories.Count.ToString(CultureInfo.InvariantCulture)} categories",
                    "Give one value (or null) per category.");
            }
        }

        foreach (var line in spec.ReferenceLines)
        {
            if (!double.IsFinite(line.Value))
            {
                throw Invalid(id, $"reference line '{line.Label}' has a value that is not a finite number", "Give reference lines a finite value.");
            }
        }
    }

    /// <summary>
    /// Why <paramref name="spec"/> has nothing worth drawing, or null when it has: no category or no value, every value
    /// zero (an axis would run from −1,000% to 1,000%), a Lorenz curve of fewer than two companies, or a map with no
    /// region on its grid. Such a chart is not drawn; the report says so in a sentence (<see cref="NothingToDrawSentence"/>).
    /// </summary>
    public static string? NothingToDraw(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Series.Count == 0)
        {
            return "there is no series";
        }

        if (spec.Kind == ChartKind.Lorenz)
        {
            // A Lorenz curve of one company is the line of equality: it says nothing.
            return spec.Series.Any(static s => s.X is { } xs && xs.Any(static x => x > 1e-9 && x < 1 - 1e-9))
                ? null
                : "fewer than two companies have a disclosed amount";
        }

        if (spec.Categories.Count == 0 || spec.Series.All(static s => s.Values.All(static v => v is null)))
        {
            return "there are no values";
        }

        if (spec.Series.All(static s => s.Values.All(static v => v is null || Math.Abs(v.Value) < 1e-12)))
        {
            return "every value is zero";
        }

        if (spec.Kind == ChartKind.TileMap && TileGrids.Choose(spec.Categories) is null)
        {
            return "no region is on a map";
        }

        return null;
    }

    /// <summary>The sentence a report places where a chart has nothing to draw, in its language (<c>en</c>, <c>zh-CN</c>).</summary>
    public static string NothingToDrawSentence(ChartSpec spec, string language)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var reason = NothingToDraw(spec) ?? "there are no values";
        if (!language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return $"No chart of {spec.Title}: {reason}.";
        }

        var chinese = reason switch
        {
            "fewer than two companies have a disclosed amount" => "披露金额的企业不足两家",
            "every value is zero" => "各项数值均为零",
            "no region is on a map" => "没有可在地图上标示的地区",
            _ => "本期没有数据",
        };
        return $"“{spec.Title}”无图可绘：{chinese}。";
    }

    private static void RequireText(string id, string what, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(id, $"has no {what}", "Every chart needs a title and both axis labels with units, e.g. \"Value (CNY bn)\".");
        }
    }

    private static InputException Invalid(string id, string problem, string hint) =>
        new($"Chart '{id}' {problem}.", null, hint: hint);
}
