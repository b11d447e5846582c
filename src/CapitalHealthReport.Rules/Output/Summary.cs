using System.Globalization;

namespace CapitalHealthReport.Rules;

/// <summary>The one-line summary every output of <c>analyze</c> ends with.</summary>
public static class Summary
{
    /// <summary><c>2025Q1: 2 error(s), 5 warning(s), 3 info, 1 suppressed.</c>, plus the baseline counts after a comparison.</summary>
    public static string Line(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{result.Period.Label}: {s.Error} error(s), {s.Warning} warning(s), {s.Info} info, {s.Suppressed} suppressed.");
        if (result.ComparedWithBaseline)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" Against the baseline: {s.New} new, {s.Unchanged} unchanged, {s.Absent} absent.");
        }

        return line;
    }
}
