using CsCheck;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class ExactCentsTests
{
    /// <summary>Amounts as exports give them: whole units, cents, many decimals, up to 10^16 and a little beyond.</summary>
    private static readonly Gen<decimal> GenAmount = Gen.OneOf(
        Gen.Long[0, 10_000_000_000].Select(v => (decimal)v),
        Gen.Long[0, 1_000_000_000_000].Select(v => v / 100m),
        Gen.Long[0, long.MaxValue].Select(Gen.Int[0, 19]).Select(t => new decimal((int)t.Item1, (int)(t.Item1 >> 32), 0, false, (byte)t.Item2)),
        Gen.Long[9_999_999_999_999_000, 10_000_000_000_001_000].Select(v => (decimal)v),
        Gen.Long[0, 1_000_000].Select(Gen.Int[0, 28]).Select(t => new decimal((int)t.Item1, 0, 0, false, (byte)t.Item2)));

    /// <summary>Rates as the exchange-rate table holds them (units per US dollar), and 1.</summary>
    private static readonly Gen<decimal> GenRate = Gen.OneOf(
        Gen.Const(1m),
        Gen.Long[1, 99_999_999].Select(Gen.Int[0, 8]).Select(t => new decimal((int)t.Item1, 0, 0, false, (byte)t.Item2)),
        Gen.Long[1, long.MaxValue].Select(Gen.Int[0, 28]).Select(t => new decimal((int)t.Item1, (int)(t.Item1 >> 32), 0, false, (byte)t.Item2)));

    [Fact]
    public void Gives_the_cents_of_the_decimal_product_rounded_half_away_from_zero_or_declines()
    {
        var taken = 0;
        Gen.Select(GenAmount, GenRate).Sample((amount, rate) =>
        {
            var factor = ExactCents.Factor.Of(rate)!;
            if (ExactCents.TryMultiply(amount, factor, out var cents))
            {
                Interlocked.Increment(ref taken);
                Assert.Equal(Expected(amount, rate), cents);
            }
        }, iter: 20_000);

        // The generators are mostly of products the fast path takes: the comparison above is not vacuous.
        Assert.InRange(taken, 5_000, 20_000);
    }

    [Fact]
    public void Takes_the_fast_path_for_the_amounts_and_rates_of_ordinary_exports()
    {
        var rate = ExactCents.Factor.Of(7.1234m)!;

        Assert.True(ExactCents.TryMultiply(5_000_000m, rate, out var cents));
        Assert.Equal(3_561_700_000L, cents);
        Assert.True(ExactCents.TryMultiply(0.005m, ExactCents.Factor.Of(1m)!, out cents));
        Assert.Equal(1L, cents);
        Assert.True(ExactCents.TryMultiply(0.00499m, ExactCents.Factor.Of(1m)!, out cents));
        Assert.Equal(0L, cents);
        Assert.True(ExactCents.TryMultiply(1_000_000_000_000m - 0.01m, ExactCents.Factor.Of(1m)!, out cents));
        Assert.Equal(99_999_999_999_999L, cents);
    }

    [Fact]
    public void Declines_what_decimals_would_round_or_refuse()
    {
        var one = ExactCents.Factor.Of(1m)!;

        Assert.False(ExactCents.TryMultiply(-1m, one, out _));
        Assert.False(ExactCents.TryMultiply(10_000_000_000_000_000m, one, out _));
        Assert.False(ExactCents.TryMultiply(79_228_162_514_264_337_593_543_950_335m, one, out _));
        Assert.False(ExactCents.TryMultiply(1m, ExactCents.Factor.Of(0.00000000000000000001m)!, out _));
        Assert.False(ExactCents.TryMultiply(123_456_789_012m, ExactCents.Factor.Of(987_654_321.123m)!, out _));
        Assert.Null(ExactCents.Factor.Of(-7m));
    }

    private static long Expected(decimal amount, decimal rate)
    {
        var scaled = amount * rate * 100m;
        return scaled.Scale == 0 ? (long)scaled : (long)decimal.Round(scaled, MidpointRounding.AwayFromZero);
    }
}
