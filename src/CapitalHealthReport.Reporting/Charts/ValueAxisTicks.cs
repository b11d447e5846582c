namespace CapitalHealthReport.Reporting.Charts;

/// <summary>
/// Chooses the labelled ticks of a chart's value axis, as a statistics office would print them: four to seven ticks
/// at a nice step (1, 2, 2.5 or 5 × 10ⁿ), the lowest at or just below the smallest value and the highest at or just
/// above the largest (never a whole step beyond either), so no bar ends above the last labelled tick. Counts get
/// whole-number steps only; a count axis spanning 0–1 keeps its two ticks. Every tick is a value the axis's format
/// writes exactly in English and in Chinese (no <c>0.03</c> standing for 0.025). A pure function: the same range
/// and format always give the same ticks.
/// </summary>
public static class ValueAxisTicks
{
    /// <summary>The fewest labelled ticks an axis is given when its format can show them.</summary>
    public const int MinTicks = 4;

    /// <summary>The most labelled ticks an axis is given.</summary>
    public const int MaxTicks = 7;

    /// <summary>Nice step mantissas, simplest first (1 × 10ⁿ reads best, then 5, 2, 2.5).</summary>
    private static readonly double[] Mantissas = [1, 5, 2, 2.5];

    /// <summary>
    /// The ticks, ascending, for values from <paramref name="min"/> to <paramref name="max"/>: the first and last are
    /// the axis's limits. A range of one value is drawn from zero to it; a range of only zero as zero to one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a finite number.</exception>
    public static IReadOnlyList<double> Choose(double min, double max, ChartValueFormat format)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"The value range {min} to {max} is not finite.");
        }

        var low = Math.Min(min, max);
        var high = Math.Max(min, max);
        if (low == high)
        {
            low = Math.Min(0, low);
            high = Math.Max(0, high);
            if (low == high)
            {
                high = 1;
            }
        }

        // Steps from a thousandth of the range to ten times it, and at least the format's last digit (one for counts,
        // a hundredth for numbers and amounts, a hundredth of a percent for shares), so a range finer than the format
        // writes still gets its two ticks. Should no step be written exactly (a huge offset beside a tiny range), the
        // best inexact one is taken rather than none.
        var top = (int)Math.Floor(Math.Log10(high - low));
        var coarsest = Math.Max(top + 1, format switch { ChartValueFormat.Count => 0, ChartValueFormat.Percent => -4, _ => -2 });
        var chosen = Best(low, high, format, top - 3, coarsest, exact: true) ?? Best(low, high, format, top - 3, coarsest, exact: false)!;
        var ticks = new double[chosen.Last - chosen.First + 1];
        for (var k = chosen.First; k <= chosen.Last; k++)
        {
            ticks[k - chosen.First] = Tick(k, chosen.Mantissa, chosen.Exponent);
        }

        return ticks;
    }

    private static Candidate? Best(double low, double high, ChartValueFormat format, int finest, int coarsest, bool exact)
    {
        Candidate? best = null;
        for (var exponent = finest; exponent <= coarsest; exponent++)
        {
            foreach (var mantissa in Mantissas)
            {
                if (Consider(low, high, format, mantissa, exponent, exact) is { } candidate && (best is null || candidate.IsBetterThan(best)))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static Candidate? Consider(double low, double high, ChartValueFormat format, double mantissa, int exponent, bool exact)
    {
        var step = mantissa * Math.Pow(10, exponent);
        if (format == ChartValueFormat.Count && (step < 1 || step != Math.Floor(step)))
        {
            return null;
        }

        // A hair of tolerance so a value such as 855.0000000001 (sums of fractions) does not add a whole step.
        var first = (long)Math.Floor((low / step) + 1e-9);
        var last = (long)Math.Ceiling((high / step) - 1e-9);
        if (last - first > 1000)
        {
            return null;
        }

        // Counts that fall one tick short of a readable scale get one step more above, exactly one step past the top
        // value (0–2 deals reads 0, 1, 2, 3); 0–1 keeps its two ticks rather than a scale twice the data.
        if (format == ChartValueFormat.Count && last - first + 1 == MinTicks - 1 && Tick(last, mantissa, exponent) <= high)
        {
            last++;
        }

        for (var k = first; exact && k <= last; k++)
        {
            if (!ChartValueFormats.ShowsExactly(Tick(k, mantissa, exponent), format))
            {
                return null;
            }
        }

        var count = (int)(last - first + 1);
        var span = high - low;
        var slack = Tick(last, mantissa, exponent) - high + (low - Tick(first, mantissa, exponent));
        var room = span * 0.1;
        var simplicity = 1 - (Array.IndexOf(Mantissas, mantissa) / (double)(Mantissas.Length - 1));
        var coverage = 1 - (0.5 * (slack / room) * (slack / room));
        const double IdealCount = 5.5;
        var density = 2 - Math.Max(count / IdealCount, IdealCount / count);
        var score = (0.25 * simplicity) + (0.2 * coverage) + (0.5 * density);
        var shortfall = count < MinTicks ? MinTicks - count : count > MaxTicks ? count - MaxTicks : 0;
        return new Candidate(first, last, mantissa, exponent, shortfall, score);
    }

    /// <summary>k steps of mantissa × 10^exponent, computed so a decimal tick is the double nearest its decimal (0.3, not 0.30000000000000004).</summary>
    private static double Tick(long k, double mantissa, int exponent) =>
        exponent >= 0 ? k * mantissa * Math.Pow(10, exponent) : k * mantissa / Math.Pow(10, -exponent);

    private sealed record Candidate(long First, long Last, double Mantissa, int Exponent, int Shortfall, double Score)
    {
        /// <summary>Fewer ticks outside 4–7 first, then the better score; the first found wins a tie, so the choice is stable.</summary>
        public bool IsBetterThan(Candidate other) =>
            Shortfall != other.Shortfall ? Shortfall < other.Shortfall : Score > other.Score;
    }
}
