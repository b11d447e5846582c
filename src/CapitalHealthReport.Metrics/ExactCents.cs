using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// An amount times a rate in integer cents, computed on 64-bit integers when the product is small enough that
/// <c>decimal</c> arithmetic would hold it exactly: then the cents equal those of
/// <c>Math.Round(amount × rate × 100, MidpointRounding.AwayFromZero)</c> in decimals, without decimal multiplication and
/// rounding per deal. Anything else (a negative amount, a product beyond 10^18 cents or needing more than 19 decimal
/// places) is left to the decimal path, which also reports amounts out of range.
/// </summary>
internal static class ExactCents
{
    private const ulong MaxCents = 1_000_000_000_000_000_000;

    private static readonly ulong[] PowersOfTen = MakePowersOfTen();

    /// <summary>
    /// Multiplies a non-negative amount by <paramref name="factor"/> into cents; false when the fast path does not apply.
    /// Compiled optimised from the first call: precompiled code would call out for each 128-bit operation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMultiply(decimal amount, Factor factor, out long cents)
    {
        cents = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var flags = bits[3];
        if (flags < 0 || bits[2] != 0)
        {
            return false;
        }

        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = ((flags >> 16) & 0xFF) + factor.Scale;
        var product = (UInt128)mantissa * factor.Mantissa;
        if (product > ulong.MaxValue / 100 || scale >= PowersOfTen.Length)
        {
            return false;
        }

        var value = (ulong)product * 100;
        if (scale == 0)
        {
            if (value >= MaxCents)
            {
                return false;
            }

            cents = (long)value;
            return true;
        }

        var divisor = PowersOfTen[scale];
        var quotient = value / divisor;
        if (quotient >= MaxCents)
        {
            return false;
        }

        var remainder = value - (quotient * divisor);
        if (remainder >= divisor - remainder && remainder > 0)
        {
            quotient++;
        }

        cents = (long)quotient;
        return true;
    }

    private static ulong[] MakePowersOfTen()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>A non-negative rate as an integer <paramref name="Mantissa"/> over 10^<paramref name="Scale"/>.</summary>
    internal sealed record Factor(ulong Mantissa, int Scale)
    {
        /// <summary>The rate's factor; null when it is negative or its digits do not fit 64 bits.</summary>
        public static Factor? Of(decimal rate)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(rate, bits);
            return bits[3] < 0 || bits[2] != 0 ? null : new Factor(((ulong)(uint)bits[1] << 32) | (uint)bits[0], (bits[3] >> 16) & 0xFF);
        }
    }
}
