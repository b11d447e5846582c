namespace CapitalHealthReport.Text;

/// <summary>
/// The known name a misspelt one most likely means (<c>Goverment</c> → <c>Government</c>, <c>Enrgy</c> → <c>Energy</c>,
/// <c>cvcActiveShare</c> → <c>cvc_active_share</c>), for messages about an unknown name that suggest the fix before they
/// list the known names. A candidate is offered only when it is close enough to be a typo.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The candidate nearest to <paramref name="value"/>, or null when none is close. Case, underscores and hyphens are
    /// ignored (<c>CVC_active_share</c> is <c>cvc_active_share</c>); otherwise a candidate is close when it is at most 2
    /// edits away (insertions, deletions, substitutions and swaps of neighbours) for a name of 6 characters or more, at
    /// most 1 for a shorter one, and never so many that nothing of the name is left (<c>Z</c> does not mean <c>A</c>).
    /// Between candidates equally close, the one nearest as written (case and separators included) wins, then the first in
    /// the given order.
    /// </summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        var written = Fold(value);
        if (written.Length == 0)
        {
            return null;
        }

        var allowed = Math.Min(written.Length >= 6 ? 2 : 1, written.Length - 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestExact = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var folded = Fold(candidate);
            if (Math.Abs(folded.Length - written.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(written, folded);
            if (distance > allowed || distance > bestDistance || string.Equals(value, candidate, StringComparison.Ordinal))
            {
                continue;
            }

            // Between names equally close, the one written the same way (PascalCase or snake_case) wins.
            var exact = Distance(value, candidate);
            if (distance < bestDistance || exact < bestExact)
            {
                (best, bestDistance, bestExact) = (candidate, distance, exact);
            }
        }

        return best;
    }

    /// <summary><c> Did you mean 'X'?</c> with a leading space, or an empty string when no candidate is close.</summary>
    public static string Suggestion(string value, IEnumerable<string> candidates) =>
        Nearest(value, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : "";

    /// <summary>
    /// <c>did you mean 'X'? </c> with a trailing space, or an empty string when no candidate is close: the words that go
    /// between an unknown name and the list of known ones (<c>unknown key 'whn'; did you mean 'when'? known keys: …</c>).
    /// </summary>
    public static string BeforeList(string value, IEnumerable<string> candidates) =>
        Nearest(value, candidates) is { } nearest ? $"did you mean '{nearest}'? " : "";

    /// <summary>The name as compared: upper case, without underscores and hyphens.</summary>
    private static string Fold(string name) =>
        string.Concat(name.Where(static c => c is not ('_' or '-'))).ToUpperInvariant();

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
