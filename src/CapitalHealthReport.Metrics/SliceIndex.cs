using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// The deals of one period grouped by the values of one slice dimension (a counting sort of their indices),
/// so that each slice scope visits only its own deals. An investor-type slice lists a deal under every type
/// among its investors.
/// </summary>
internal sealed class SliceIndex
{
    private readonly int[] _indices;
    private readonly int[] _start;

    private SliceIndex(int[] indices, int[] start)
    {
        _indices = indices;
        _start = start;
    }

    public ScopeSelection Select(int value) =>
        value + 1 < _start.Length ? new ScopeSelection(_start[value], _start[value + 1], _indices) : ScopeSelection.None;

    /// <summary>Number of values of the dimension (the size of its table).</summary>
    public int Values => _start.Length - 1;

    /// <summary>The index of one period (deal range <paramref name="range"/>) and dimension, built once per engine and shared by every thread.</summary>
    public static SliceIndex Cached(
        ConcurrentDictionary<(Period Period, string Dimension), Lazy<SliceIndex>> cache, DealColumns columns, Period period, (int From, int To) range, string dimension) =>
        cache.GetOrAdd((period, dimension), static (_, state) => new Lazy<SliceIndex>(() => Build(state.Columns, state.Range, state.Dimension)), (Columns: columns, Range: range, Dimension: dimension)).Value;

    /// <summary>The index of the deals <paramref name="range"/> by <paramref name="dimension"/>; compiled optimized from its first call, like the scope passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SliceIndex Build(DealColumns c, (int From, int To) range, string dimension)
    {
        var values = dimension switch
        {
            SliceDimensions.Sector => c.SectorNames.Length,
            SliceDimensions.Region => c.RegionNames.Length,
            SliceDimensions.Stage => Stages.All.Count,
            _ => InvestorTypes.Names.Count,
        };
        var start = new int[values + 1];
        var (from, to) = range;

        // Count, then place: indices stay in deal order inside each value.
        for (var i = from; i < to; i++)
        {
            if (dimension == SliceDimensions.InvestorType)
            {
                var mask = c.TypeMask[i];
                for (var t = 0; t < values; t++)
                {
                    start[t + 1] += (mask >> t) & 1;
                }
            }
            else
            {
                start[ValueOf(c, dimension, i) + 1]++;
            }
        }

        for (var v = 0; v < values; v++)
        {
            start[v + 1] += start[v];
        }

        var next = start[..values];
        var indices = new int[start[values]];
        for (var i = from; i < to; i++)
        {
            if (dimension == SliceDimensions.InvestorType)
            {
                var mask = c.TypeMask[i];
                for (var t = 0; t < values; t++)
                {
                    if (((mask >> t) & 1) != 0)
                    {
                        indices[next[t]++] = i;
                    }
                }
            }
            else
            {
                indices[next[ValueOf(c, dimension, i)]++] = i;
            }
        }

        return new SliceIndex(indices, start);
    }

    private static int ValueOf(DealColumns c, string dimension, int i) => dimension switch
    {
        SliceDimensions.Sector => c.Sector[i],
        SliceDimensions.Region => c.Region[i],
        _ => c.Stage[i],
    };
}
