using CapitalHealthReport.Reporting.Charts;
using CsCheck;

namespace CapitalHealthReport.Reporting.Tests.Rendering;

/// <summary>
/// The value axis's ticks: four to seven at a nice step, the last at or just above the largest value, whole numbers
/// for counts, and only values the axis's format writes exactly.
/// </summary>
public sealed class ValueAxisTicksTests
{
    private static readonly double[] NiceMantissas = [1, 2, 2.5, 5];

    [Theory]
    [InlineData(0, 855, ChartValueFormat.Number, new double[] { 0, 200, 400, 600, 800, 1000 })]
    [InlineData(0, 855, ChartValueFormat.Money, new double[] { 0, 200, 400, 600, 800, 1000 })]
    [InlineData(0, 730, ChartValueFormat.Number, new double[] { 0, 200, 400, 600, 800 })]
    [InlineData(0, 1, ChartValueFormat.Percent, new double[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(0, 0.37, ChartValueFormat.Percent, new double[] { 0, 0.1, 0.2, 0.3, 0.4 })]
    [InlineData(0, 0.003, ChartValueFormat.Percent, new double[] { 0, 0.001, 0.002, 0.003 })]
    [InlineData(0, 3, ChartValueFormat.Count, new double[] { 0, 1, 2, 3 })]
    [InlineData(0, 2, ChartValueFormat.Count, new double[] { 0, 1, 2, 3 })]
    [InlineData(0, 1, ChartValueFormat.Count, new double[] { 0, 1 })]
    [InlineData(0, 0, ChartValueFormat.Count, new double[] { 0, 1 })]
    [InlineData(0, 17, ChartValueFormat.Count, new double[] { 0, 5, 10, 15, 20 })]
    [InlineData(0, 1.2e12, ChartValueFormat.Money, new double[] { 0, 2e11, 4e11, 6e11, 8e11, 1e12, 1.2e12 })]
    [InlineData(5, 5, ChartValueFormat.Number, new double[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData(-120, 80, ChartValueFormat.Number, new double[] { -150, -100, -50, 0, 50, 100 })]
    [InlineData(0, 0.05, ChartValueFormat.Count, new double[] { 0, 1 })]
    [InlineData(0, 0.000001, ChartValueFormat.Number, new double[] { 0, 0.01 })]
    [InlineData(-0.04, 0, ChartValueFormat.Percent, new double[] { -0.04, -0.03, -0.02, -0.01, 0 })]
    public void Ticks_for_a_range_are_these(double min, double max, ChartValueFormat format, double[] expected) =>
        Assert.Equal(expected, ValueAxisTicks.Choose(min, max, format));

    [Fact]
    public void The_ticks_of_the_855_axis_read_in_the_charts_format_and_language()
    {
        var ticks = ValueAxisTicks.Choose(0, 855, ChartValueFormat.Number);
        Assert.Equal(["0", "200", "400", "600", "800", "1,000"], ticks.Select(t => ChartValueFormats.Format(t, ChartValueFormat.Number, "zh-CN")));
        var shares = ValueAxisTicks.Choose(0, 0.003, ChartValueFormat.Percent);
        Assert.Equal(["0%", "0.1%", "0.2%", "0.3%"], shares.Select(t => ChartValueFormats.Format(t, ChartValueFormat.Percent, "en")));
        var amounts = ValueAxisTicks.Choose(0, 1.2e12, ChartValueFormat.Money);
        Assert.Equal(["0", "200 bn", "400 bn", "600 bn", "800 bn", "1 tn", "1.2 tn"], amounts.Select(t => ChartValueFormats.Format(t, ChartValueFormat.Money, "en")));
        Assert.Equal(["0", "2,000亿", "4,000亿", "6,000亿", "8,000亿", "1万亿", "1.2万亿"], amounts.Select(t => ChartValueFormats.Format(t, ChartValueFormat.Money, "zh-CN")));
    }

    [Fact]
    public void A_step_the_format_would_round_is_not_chosen()
    {
        // 0–0.15 as plain numbers: a step of 0.025 would print 0.03 and 0.08; 0.05 prints exactly.
        Assert.Equal([0, 0.05, 0.1, 0.15], ValueAxisTicks.Choose(0, 0.15, ChartValueFormat.Number));
        Assert.False(ChartValueFormats.ShowsExactly(0.025, ChartValueFormat.Number));
        Assert.False(ChartValueFormats.ShowsExactly(0.000025, ChartValueFormat.Percent));
        Assert.False(ChartValueFormats.ShowsExactly(1025, ChartValueFormat.Money));
        Assert.True(ChartValueFormats.ShowsExactly(1250, ChartValueFormat.Money));
    }

    [Fact]
    public void A_tiny_range_beside_a_huge_amount_still_gets_a_scale()
    {
        // No step under 1 tn is written exactly as 万亿 beside 1 tn; the ticks are still evenly spaced and cover the range.
        var ticks = ValueAxisTicks.Choose(1e12, 1e12 + 1, ChartValueFormat.Money);
        Assert.InRange(ticks.Count, ValueAxisTicks.MinTicks, ValueAxisTicks.MaxTicks);
        Assert.True(ticks[0] <= 1e12 && ticks[^1] >= 1e12 + 1, string.Join(", ", ticks));
    }

    [Fact]
    public void Every_range_gets_four_to_seven_nice_ticks_covering_it()
    {
        // Plain numbers, shares and amounts from fractions of the format's last digit to 10^13, through zero or not.
        var formats = Gen.Int[0, 2].Select(static i => new[] { ChartValueFormat.Number, ChartValueFormat.Percent, ChartValueFormat.Money }[i]);
        Gen.Select(formats, Gen.Double[-1, 1], Gen.Int[0, 13], Gen.Double[0.01, 1], Gen.Bool).Sample((format, offset, exponent, fraction, throughZero) =>
        {
            var span = Math.Pow(10, exponent) * fraction * (format == ChartValueFormat.Percent ? 0.01 : 1);
            span = Math.Max(span, format == ChartValueFormat.Percent ? 0.0004 : 0.04);
            var min = throughZero ? Math.Min(0, offset * span) : offset * span * 3;
            var max = throughZero ? Math.Max(0, min + span) : min + span;
            AssertReadable(min, max, format, ValueAxisTicks.Choose(min, max, format));
        });
    }

    [Fact]
    public void Every_count_range_gets_whole_ticks_and_enough_of_them()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 100_000]).Sample((a, b) =>
        {
            var (min, max) = (0.0, (double)Math.Max(a, b));
            var ticks = ValueAxisTicks.Choose(min, max, ChartValueFormat.Count);
            Assert.All(ticks, t => Assert.Equal(Math.Round(t), t));
            if (max <= 1)
            {
                Assert.Equal([0, 1], ticks);
                return;
            }

            AssertReadable(min, max, ChartValueFormat.Count, ticks);
        });
    }

    private static void AssertReadable(double min, double max, ChartValueFormat format, IReadOnlyList<double> ticks)
    {
        var context = $"{min}–{max} {format}: {string.Join(", ", ticks)}";
        Assert.InRange(ticks.Count, ValueAxisTicks.MinTicks, ValueAxisTicks.MaxTicks);
        var step = ticks[1] - ticks[0];
        for (var i = 1; i < ticks.Count; i++)
        {
            Assert.True(Math.Abs(ticks[i] - ticks[i - 1] - step) <= step * 1e-9, "uneven steps in " + context);
        }

        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-12));
        Assert.True(NiceMantissas.Any(m => Math.Abs(m - mantissa) < 1e-9), $"step {step} is not nice in {context}");
        var high = max == min ? Math.Max(0, max) : max;
        var low = max == min ? Math.Min(0, min) : min;
        var tolerance = step * 1e-6;
        Assert.True(ticks[^1] >= high - tolerance && ticks[^1] - high < step + tolerance, "the top tick is not at or just above the largest value in " + context);
        Assert.True(ticks[0] <= low + tolerance && low - ticks[0] < step + tolerance, "the bottom tick is not at or just below the smallest value in " + context);
        Assert.All(ticks, t => Assert.True(ChartValueFormats.ShowsExactly(t, format), $"{t} is not written exactly in {context}"));
    }
}
