using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Metrics;

/// <summary>
/// The filtered deals of a run as parallel arrays (one entry per deal, in the deal set's canonical order), with
/// every name replaced by an index into a table: sectors and regions in ordinal order of their names, companies
/// and investors by the deal set's numbering (no order; compare names where order matters). Built once; every
/// scope is computed from it.
/// </summary>
internal sealed class DealColumns
{
    public const string UnknownLabel = Slice.UnknownValue;

    public int Count;
    public int[] Day = [];
    public int[] Company = [];
    public TextColumn CompanyKeys = TextColumn.Empty;

    /// <summary>Per company number, the deal (table row) whose name names the company: its latest deal among the filtered ones; -1 when it has none.</summary>
    public int[] CompanyNameRow = [];
    public TextColumn Names = TextColumn.Empty;
    public int[] Sector = [];
    public string[] SectorNames = [];
    public int[] Region = [];
    public string[] RegionNames = [];
    public int UnknownRegion = -1;
    public byte[] Stage = [];
    /// <summary>
    /// Disclosed amount in the reporting currency, in hundredths (cents), rounded half away from zero after
    /// conversion; -1 when undisclosed. Integer sums are exact and independent of summation order.
    /// </summary>
    public long[] Cents = [];
    public bool[] Mega = [];

    public int[] InvestorStart = [];
    public int[] InvestorIndex = [];
    public TextColumn InvestorNames = TextColumn.Empty;
    public byte[] InvestorTypeOf = [];
    public string?[] InvestorHome = [];

    /// <summary>Bit t set when the deal has an investor of type index t (<see cref="InvestorTypes.Names"/>).</summary>
    public byte[] TypeMask = [];

    /// <summary>1 when the deal has a Government investor with a known home region; 2 when, in addition, the company's region is one of those home regions.</summary>
    public byte[] GovernmentHome = [];

    /// <summary>Investor type indices present in the data (ordinal by name).</summary>
    public int[] InvestorTypesPresent = [];

    /// <summary>Stages present in the data, ordinal by name.</summary>
    public Stage[] StagesPresent = [];

    /// <summary>
    /// The columns of the rows <paramref name="kept"/> of <paramref name="deals"/>, in that order (every row, in table
    /// order, when null). Companies and investors keep the table's numbering (<see cref="DealNumbering"/>); sectors
    /// and regions are numbered in ordinal order of their names.
    /// </summary>
    public static DealColumns Build(DealTable deals, int[]? kept, MetricReference reference, MetricParameters parameters)
    {
        var numbering = deals.Numbering;
        var n = kept?.Length ?? deals.Count;
        var c = new DealColumns { Count = n };

        // One pass per chunk of deals (chunks in parallel) reads every field and interns sector and region names
        // into chunk-local tables; the tables are then merged in chunk order, so the result does not depend on the chunking.
        BuildChunked(c, deals, kept, numbering, reference, parameters);

        // The latest name in deal order (date, id) names the company; the name is made when a list shows it.
        var nameRow = new int[numbering.CompanyKeys.Count];
        Array.Fill(nameRow, -1);
        for (var i = 0; i < n; i++)
        {
            nameRow[c.Company[i]] = kept is null ? i : kept[i];
        }

        c.CompanyKeys = numbering.CompanyKeys;
        c.CompanyNameRow = nameRow;
        c.Names = deals.Names;
        c.InvestorNames = numbering.InvestorNames;

        // Investor directory: type and home region.
        var investorCount = c.InvestorNames.Count;
        c.InvestorTypeOf = new byte[investorCount];
        c.InvestorHome = new string?[investorCount];
        Parallel.ForEach(Partitioner.Create(0, Math.Max(investorCount, 1), Math.Max(4096, (investorCount / (4 * Environment.ProcessorCount)) + 1)), range =>
        {
            for (var v = range.Item1; v < Math.Min(range.Item2, investorCount); v++)
            {
                var info = reference.FindInvestorByText(c.InvestorNames[v]);
                c.InvestorTypeOf[v] = info is null ? (byte)InvestorTypes.UnknownIndex : (byte)info.Type;
                c.InvestorHome[v] = string.IsNullOrWhiteSpace(info?.HomeRegion) ? null : info!.HomeRegion;
            }
        });

        // Per deal: the investor types present, and whether a Government investor invests at home.
        var government = (int)InvestorType.Government;
        var homeRegionIndex = new int[investorCount];
        for (var v = 0; v < homeRegionIndex.Length; v++)
        {
            homeRegionIndex[v] = c.InvestorHome[v] is { } home ? Array.BinarySearch(c.RegionNames, home, StringComparer.Ordinal) : -1;
        }

        c.TypeMask = new byte[n];
        c.GovernmentHome = new byte[n];
        var typesSeen = 0;
        var gate = new object();
        Parallel.ForEach(Partitioner.Create(0, Math.Max(n, 1), Math.Max(4096, (n / (4 * Environment.ProcessorCount)) + 1)), range =>
        {
            var seen = 0;
            for (var i = range.Item1; i < Math.Min(range.Item2, n); i++)
            {
                byte mask = 0;
                var governmentKnown = false;
                var governmentHome = false;
                for (var k = c.InvestorStart[i]; k < c.InvestorStart[i + 1]; k++)
                {
                    var v = c.InvestorIndex[k];
                    mask |= (byte)(1 << c.InvestorTypeOf[v]);
                    if (c.InvestorTypeOf[v] == government && c.InvestorHome[v] is not null)
                    {
                        governmentKnown = true;
                        governmentHome |= homeRegionIndex[v] == c.Region[i];
                    }
                }

                c.TypeMask[i] = mask;
                c.GovernmentHome[i] = governmentKnown ? (governmentHome ? (byte)2 : (byte)1) : (byte)0;
                seen |= mask;
            }

            lock (gate)
            {
                typesSeen |= seen;
            }
        });

        c.InvestorTypesPresent = Enumerable.Range(0, InvestorTypes.Names.Count)
            .Where(t => (typesSeen & (1 << t)) != 0)
            .OrderBy(t => InvestorTypes.Names[t], StringComparer.Ordinal)
            .ToArray();
        return c;
    }

    /// <summary>The name of company number <paramref name="company"/>: that of its latest deal, or its key when the filters kept none of its deals.</summary>
    public string CompanyName(int company) => CompanyNameRow[company] is var row and >= 0 ? Names.GetString(row) : CompanyKeys.GetString(company);

    private const int MinChunk = 1 << 16;

    private static void BuildChunked(DealColumns c, DealTable deals, int[]? kept, DealNumbering numbering, MetricReference reference, MetricParameters parameters)
    {
        var n = kept?.Length ?? deals.Count;
        var chunkCount = Math.Clamp(n / MinChunk, 1, Math.Max(1, Environment.ProcessorCount));
        var chunks = new Chunk[chunkCount];
        for (var k = 0; k < chunkCount; k++)
        {
            chunks[k] = new Chunk((int)((long)n * k / chunkCount), (int)((long)n * (k + 1) / chunkCount));
        }

        var day = new int[n];
        var company = kept is null ? numbering.Company : new int[n];
        var sector = new int[n];
        var region = new int[n];
        var stage = new byte[n];
        var cents = new long[n];
        var mega = new bool[n];
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = chunkCount }, k =>
        {
            var chunk = chunks[k];
            try
            {
                ReadChunk(chunk, deals, kept, numbering, reference, parameters, day, company, sector, region, stage, cents, mega);
            }
            catch (InputException ex)
            {
                chunk.Error = ex;
            }
        });

        // The first error in deal order, as a sequential pass would have raised it.
        foreach (var chunk in chunks)
        {
            if (chunk.Error is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            }
        }

        Int128 grandTotal = 0;
        foreach (var chunk in chunks)
        {
            grandTotal += chunk.GrandTotal;
        }

        if (grandTotal > MaxTotalCents)
        {
            throw new InputException("The disclosed amounts add up to more than 90 quadrillion in the reporting currency, too large to sum exactly.", null, hint: "Check the amount column and its units (for example 亿 or thousands) in the mapping.");
        }

        var sectorMaps = Merge(chunks, static ch => ch.Sectors.Keys, out var sectorNames);
        var regionMaps = Merge(chunks, static ch => ch.Regions.Keys, out var regionNames);
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = chunkCount }, k =>
        {
            var chunk = chunks[k];
            var sectorMap = sectorMaps[k];
            var regionMap = regionMaps[k];
            for (var i = chunk.From; i < chunk.To; i++)
            {
                sector[i] = sectorMap[sector[i]];
                region[i] = regionMap[region[i]];
            }
        });

        // Investors: the set's own lists, or those of the kept deals.
        int[] start;
        int[] investorIndex;
        if (kept is null)
        {
            start = numbering.InvestorStart;
            investorIndex = numbering.Investors;
        }
        else
        {
            start = new int[n + 1];
            var total = 0;
            for (var i = 0; i < n; i++)
            {
                start[i] = total;
                total += numbering.InvestorStart[kept[i] + 1] - numbering.InvestorStart[kept[i]];
            }

            start[n] = total;
            // Most deals have one to three investors: copied in a plain loop, not a call per deal.
            investorIndex = new int[total];
            var investors = numbering.Investors;
            for (var i = 0; i < n; i++)
            {
                var from = numbering.InvestorStart[kept[i]];
                for (int k = start[i], end = start[i + 1]; k < end; k++)
                {
                    investorIndex[k] = investors[from++];
                }
            }
        }

        var stagesSeen = new bool[Stages.All.Count];
        foreach (var chunk in chunks)
        {
            for (var s = 0; s < stagesSeen.Length; s++)
            {
                stagesSeen[s] |= chunk.StagesSeen[s];
            }
        }

        c.Day = day;
        c.Company = company;
        c.Sector = sector;
        c.Region = region;
        c.Stage = stage;
        c.SectorNames = sectorNames;
        c.RegionNames = regionNames;
        c.UnknownRegion = Array.IndexOf(regionNames, UnknownLabel);
        c.StagesPresent = Stages.All.Where(s => stagesSeen[(int)s]).OrderBy(Stages.Name, StringComparer.Ordinal).ToArray();
        c.Cents = cents;
        c.Mega = mega;
        c.InvestorStart = start;
        c.InvestorIndex = investorIndex;
    }

    /// <summary>
    /// Reads the deals <c>From..To</c> of one chunk once: day, stage, amount, company, and chunk-local indices of the
    /// sector and region. When the deals are read in another order than the table's, each block of rows is first
    /// gathered one field at a time (loops that only load, so that many cache misses are in flight at once), then
    /// converted from the gathered copies.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadChunk(Chunk chunk, DealTable deals, int[]? kept, DealNumbering numbering, MetricReference reference, MetricParameters parameters, int[] day, int[] company, int[] sector, int[] region, byte[] stage, long[] cents, bool[] mega)
    {
        var rates = new ReportingAmounts(reference, parameters);
        var block = new Block(kept is null ? 0 : Block.Rows);
        Int128 grandTotal = 0;
        for (var from = chunk.From; from < chunk.To; from += Block.Rows)
        {
            var count = Math.Min(Block.Rows, chunk.To - from);
            var rows = kept is null ? default : kept.AsSpan(from, count);
            var view = kept is null ? Block.Of(deals, from, count) : block.Gather(deals, rows);
            if (kept is not null)
            {
                Gather(deals.Day, rows, day.AsSpan(from, count));
                Gather(deals.Stage, rows, stage.AsSpan(from, count));
                Gather(numbering.Company, rows, company.AsSpan(from, count));
            }
            else
            {
                deals.Day.AsSpan(from, count).CopyTo(day.AsSpan(from, count));
                deals.Stage.AsSpan(from, count).CopyTo(stage.AsSpan(from, count));
            }

            for (var j = 0; j < count; j++)
            {
                var i = from + j;
                chunk.StagesSeen[stage[i]] = true;
                sector[i] = chunk.Sectors.Intern(view.Sector[j]);
                region[i] = chunk.Regions.Intern(view.Region[j]);
                cents[i] = -1;
                if ((view.Flags[j] & DealTable.HasAmount) != 0)
                {
                    var source = kept is null ? i : rows[j];
                    cents[i] = rates.Cents(view.Amount[j], view.Currency[j], day[i], deals, source, out var isMega);
                    mega[i] = isMega;
                    grandTotal += cents[i];
                }
            }
        }

        chunk.GrandTotal = grandTotal;
    }

    /// <summary>Copies the rows' values of a column (compiled optimised at once: a run calls it for every block and field).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather<T>(T[] column, ReadOnlySpan<int> rows, Span<T> into)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            into[j] = column[rows[j]];
        }
    }

    /// <summary>The fields of a block of deals that the conversion reads: the table's own arrays, or copies gathered from them.</summary>
    private sealed class Block(int rows)
    {
        public const int Rows = 2048;

        private readonly byte[] _flags = new byte[rows];
        private readonly decimal[] _amount = new decimal[rows];
        private readonly string[] _currency = new string[rows];
        private readonly string?[] _sector = new string?[rows];
        private readonly string?[] _region = new string?[rows];

        public static View Of(DealTable deals, int from, int count) =>
            new(deals.Flags.AsSpan(from, count), deals.Amount.AsSpan(from, count), deals.Currency.AsSpan(from, count), deals.Sector.AsSpan(from, count), deals.Region.AsSpan(from, count));

        public View Gather(DealTable deals, ReadOnlySpan<int> rows)
        {
            var count = rows.Length;
            DealColumns.Gather(deals.Flags, rows, _flags.AsSpan(0, count));
            DealColumns.Gather(deals.Amount, rows, _amount.AsSpan(0, count));
            DealColumns.Gather(deals.Currency, rows, _currency.AsSpan(0, count));
            DealColumns.Gather(deals.Sector, rows, _sector.AsSpan(0, count));
            DealColumns.Gather(deals.Region, rows, _region.AsSpan(0, count));
            return new(_flags.AsSpan(0, count), _amount.AsSpan(0, count), _currency.AsSpan(0, count), _sector.AsSpan(0, count), _region.AsSpan(0, count));
        }
    }

    private readonly ref struct View(ReadOnlySpan<byte> flags, ReadOnlySpan<decimal> amount, ReadOnlySpan<string> currency, ReadOnlySpan<string?> sector, ReadOnlySpan<string?> region)
    {
        public readonly ReadOnlySpan<byte> Flags = flags;
        public readonly ReadOnlySpan<decimal> Amount = amount;
        public readonly ReadOnlySpan<string> Currency = currency;
        public readonly ReadOnlySpan<string?> Sector = sector;
        public readonly ReadOnlySpan<string?> Region = region;
    }

    /// <summary>
    /// Merges the chunks' name tables into one ordinal-sorted table; returns, per
    /// chunk, local index → index in the sorted table.
    /// </summary>
    private static int[][] Merge(Chunk[] chunks, Func<Chunk, List<string>> keysOf, out string[] names)
    {
        var capacity = 0;
        foreach (var chunk in chunks)
        {
            capacity += keysOf(chunk).Count;
        }

        var table = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var maps = new int[chunks.Length][];
        for (var k = 0; k < chunks.Length; k++)
        {
            var keys = keysOf(chunks[k]);
            var map = new int[keys.Count];

            for (var local = 0; local < keys.Count; local++)
            {
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, keys[local], out var exists);
                if (!exists)
                {
                    slot = table.Count - 1;
                }

                map[local] = slot;
            }

            maps[k] = map;
        }

        var ordinal = Ordinal(table, out names);
        foreach (var map in maps)
        {
            for (var local = 0; local < map.Length; local++)
            {
                map[local] = ordinal[map[local]];
            }
        }

        return maps;
    }

    /// <summary>One contiguous range of deals read by one thread, with its local name tables.</summary>
    private sealed class Chunk(int from, int to)
    {
        public int From { get; } = from;

        public int To { get; } = to;

        public SmallInterner Sectors { get; } = new();

        public SmallInterner Regions { get; } = new();

        public bool[] StagesSeen { get; } = new bool[Stages.All.Count];

        public Int128 GrandTotal { get; set; }

        public InputException? Error { get; set; }
    }


    /// <summary>Sorts a name table ordinally; returns old index → new index.</summary>
    private static int[] Ordinal(Dictionary<string, int> table, out string[] names)
    {
        names = new string[table.Count];
        var old = new int[table.Count];
        foreach (var (name, index) in table)
        {
            names[index] = name;
            old[index] = index;
        }

        Array.Sort(names, old, StringComparer.Ordinal);
        var map = new int[table.Count];
        for (var i = 0; i < old.Length; i++)
        {
            map[old[i]] = i;
        }

        return map;
    }

    /// <summary>Largest total the integer sums hold.</summary>
    private static readonly Int128 MaxTotalCents = long.MaxValue;
}
