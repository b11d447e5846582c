using System.Text.RegularExpressions;

namespace CapitalHealthReport.Verification;

/// <summary>One scrubbing rule: every match of <paramref name="Pattern"/> in a text snapshot is replaced by <paramref name="Replacement"/>.</summary>
/// <param name="Name">What the rule hides and why (shown in documentation and errors).</param>
/// <param name="Pattern">The volatile text, as a .NET regular expression.</param>
/// <param name="Replacement">The stable text put in its place (may use <c>$1</c> groups).</param>
public sealed record ScrubRule(string Name, Regex Pattern, string Replacement);

/// <summary>
/// Prepares text outputs for comparison: line ends become LF, then the rules replace volatile fields. The
/// product's outputs have no volatile fields (dates come from the data, <c>--as-of</c> or
/// <c>SOURCE_DATE_EPOCH</c>), so <see cref="Default"/> has no rules; the hook exists so that a volatile field,
/// should one appear, is hidden by a rule in one place rather than edited out by hand.
/// </summary>
public sealed class SnapshotScrubber
{
    public SnapshotScrubber(IEnumerable<ScrubRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToArray();
    }

    /// <summary>Line-end normalisation only: no output field is volatile.</summary>
    public static SnapshotScrubber Default { get; } = new([]);

    public IReadOnlyList<ScrubRule> Rules { get; }

    /// <summary>A scrubber with this scrubber's rules followed by <paramref name="rule"/>.</summary>
    public SnapshotScrubber With(ScrubRule rule) => new(Rules.Append(rule));

    /// <summary>Normalises line ends (CRLF and CR become LF), drops a leading byte-order mark, then applies the rules in order.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = NormalizeLineEnds(text);
        foreach (var rule in Rules)
        {
            scrubbed = rule.Pattern.Replace(scrubbed, rule.Replacement);
        }

        return scrubbed;
    }

    /// <summary>CRLF and lone CR become LF; a leading U+FEFF is removed.</summary>
    public static string NormalizeLineEnds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return normalized.Length > 0 && normalized[0] == '\uFEFF' ? normalized[1..] : normalized;
    }
}
