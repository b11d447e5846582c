namespace CapitalHealthReport.Text;

/// <summary>
/// The known value a misspelt one most likely means (<c>Goverment</c> → <c>Government</c>, <c>Enrgy</c> → <c>Energy</c>),
/// for messages that suggest the fix. Case is ignored; a candidate is offered only when it is close enough to be a typo.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The candidate nearest to <paramref name="value"/> by edit distance (insertions, deletions, substitutions and
    /// swaps of neighbours, ignoring case), or null when none is within a third of the longer word's length (at least 1).
    /// Ties go to the first candidate in the given order.
    /// </summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            var allowed = Math.Max(1, Math.Max(value.Length, candidate.Length) / 3);
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary><c> Did you mean 'X'?</c> with a leading space, or an empty string when no candidate is close.</summary>
    public static string Suggestion(string value, IEnumerable<string> candidates) =>
        Nearest(value, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : "";

    /// <summary>The optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
