namespace CapitalHealthReport.Sample;

/// <summary>
/// PCG32 (XSH-RR) pseudo-random generator. The sample generator uses its own generator rather than
/// <see cref="Random"/> so that the bundled sample stays byte-identical across .NET versions.
/// </summary>
internal sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private readonly ulong _increment;
    private ulong _state;

    public Pcg32(ulong seed, ulong stream)
    {
        _increment = (stream << 1) | 1UL;
        _state = 0;
        NextUInt();
        _state += seed;
        NextUInt();
    }

    public uint NextUInt()
    {
        var old = _state;
        _state = unchecked((old * Multiplier) + _increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << (-rotation & 31));
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble()
    {
        var high = (ulong)NextUInt() << 21;
        var low = (ulong)(NextUInt() >> 11);
        return (high | low) * (1.0 / (1UL << 53));
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) without modulo bias.</summary>
    public int Next(int bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var limit = (uint)bound;
        var threshold = (uint)(-limit % limit);
        while (true)
        {
            var r = NextUInt();
            if (r >= threshold)
            {
                return (int)(r % limit);
            }
        }
    }

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>An index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
