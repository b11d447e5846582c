using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The number format a column was read with, and why: set by the mapping, decided from the values, assumed when no
/// value decides, or not needed (no value has a separator). <c>data validate</c> prints it.
/// </summary>
public sealed record NumberFormatDecision(string Column, string Format, string Basis, bool Assumed)
{
    /// <summary>When <see cref="Assumed"/>: the first value read as a whole number only by the assumption (<c>707.630</c>), with its line and how many values were.</summary>
    public (string Text, int Line, int Count)? AssumedFrom { get; init; }

    public override string ToString() => $"{Column}: {Format} ({Basis})";
}

/// <summary>
/// Decides a column's decimal separator from all of its values, never value by value: values that only a decimal
/// point reads (<c>1.5</c>, <c>1,234,567</c>) and values that only a decimal comma reads (<c>3,5</c>, <c>3.000.000</c>)
/// settle it; both in one column is an error naming a line of each. Values with one separator before three digits
/// (<c>707.630</c>, <c>1,500</c>) follow the decided format, or, when nothing decides, are read as grouped whole
/// numbers (amounts rarely have three decimals) and the decision is marked assumed.
/// </summary>
internal sealed class NumberFormatDetector
{
    private readonly Seen[] _seen = new Seen[5];

    /// <summary>Counts one value (a row) with its evidence.</summary>
    public void Observe(NumberEvidence evidence, int line, ReadOnlySpan<char> text)
    {
        ref var seen = ref _seen[(int)evidence];
        if (seen.Count++ == 0 || line < seen.Line)
        {
            seen.Line = line;
            seen.Text = text.Trim().ToString();
        }
    }

    /// <summary>Adds the counts of another part of the same column.</summary>
    public void Add(NumberFormatDetector other)
    {
        for (var i = 0; i < _seen.Length; i++)
        {
            var theirs = other._seen[i];
            if (theirs.Count == 0)
            {
                continue;
            }

            ref var mine = ref _seen[i];
            if (mine.Count == 0 || theirs.Line < mine.Line)
            {
                mine.Line = theirs.Line;
                mine.Text = theirs.Text;
            }

            mine.Count += theirs.Count;
        }
    }

    /// <summary>
    /// The column's style and how it was decided. Throws a located <see cref="InputException"/> when values need
    /// different decimal separators, or when one-dot and one-comma groupings (<c>707.630</c>, <c>1,500</c>) meet with
    /// nothing to decide between them.
    /// </summary>
    public (NumberStyle Style, NumberFormatDecision Decision) Decide(string file, string column)
    {
        var dot = _seen[(int)NumberEvidence.DotDecimal];
        var comma = _seen[(int)NumberEvidence.CommaDecimal];
        var ambiguousDot = _seen[(int)NumberEvidence.AmbiguousDot];
        var ambiguousComma = _seen[(int)NumberEvidence.AmbiguousComma];
        if (dot.Count > 0 && comma.Count > 0)
        {
            var pointFirst = dot.Line < comma.Line;
            var (early, earlyKind, late, lateKind) = pointFirst ? (dot, "point", comma, "comma") : (comma, "comma", dot, "point");
            throw new InputException(
                Invariant($"column '{column}' mixes number formats: '{early.Text}' (line {early.Line}) needs a decimal {earlyKind}, '{late.Text}' (line {late.Line}) a decimal {lateKind} ({Values(dot.Count)} a point, {Values(comma.Count)} a comma)."),
                file,
                late.Line,
                hint: "Set decimal_separator (and thousands_separator) in the mapping file; values that do not fit are then rejected line by line.");
        }

        if (dot.Count > 0)
        {
            return (NumberStyle.Dot, Decided(column, NumberStyle.Dot, dot, ambiguousDot));
        }

        if (comma.Count > 0)
        {
            return (NumberStyle.Comma, Decided(column, NumberStyle.Comma, comma, ambiguousComma));
        }

        if (ambiguousDot.Count > 0 && ambiguousComma.Count > 0)
        {
            var (early, late) = ambiguousDot.Line < ambiguousComma.Line ? (ambiguousDot, ambiguousComma) : (ambiguousComma, ambiguousDot);
            throw new InputException(
                Invariant($"column '{column}' is ambiguous: '{early.Text}' (line {early.Line}) and '{late.Text}' (line {late.Line}) group digits with different characters, and no value shows which one is the decimal separator."),
                file,
                late.Line,
                hint: "Set decimal_separator: \".\" or \",\" in the mapping file.");
        }

        if (ambiguousDot.Count > 0)
        {
            return (NumberStyle.Comma, Assumed(column, NumberStyle.Comma, ambiguousDot));
        }

        if (ambiguousComma.Count > 0)
        {
            return (NumberStyle.Dot, Assumed(column, NumberStyle.Dot, ambiguousComma));
        }

        return (NumberStyle.Dot, new NumberFormatDecision(column, NumberStyle.Dot.ToString(), "no value has a separator", Assumed: false));
    }

    private static NumberFormatDecision Decided(string column, NumberStyle style, Seen proof, Seen followers)
    {
        var basis = Invariant($"decided from {proof.Count} value{(proof.Count == 1 ? "" : "s")} such as '{proof.Text}' (line {proof.Line})");
        if (followers.Count > 0)
        {
            basis += Invariant($"; '{followers.Text}' (line {followers.Line}) and {followers.Count - 1} more read the same way");
        }

        return new NumberFormatDecision(column, style.ToString(), basis, Assumed: false);
    }

    private static NumberFormatDecision Assumed(string column, NumberStyle style, Seen ambiguous) =>
        new(column, style.ToString(), Invariant($"assumed: no value shows the decimal separator; '{ambiguous.Text}' (line {ambiguous.Line}) and {ambiguous.Count - 1} more read as whole numbers; set decimal_separator if they are decimals"), Assumed: true)
        {
            AssumedFrom = (ambiguous.Text, ambiguous.Line, ambiguous.Count),
        };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 value needs", "7 values need".</summary>
    private static string Values(int count) => count == 1 ? "1 value needs" : Invariant($"{count:N0} values need");

    private struct Seen
    {
        public int Count;
        public int Line;
        public string Text;
    }
}
