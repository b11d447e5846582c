using System.Globalization;
using System.Runtime.CompilerServices;

namespace CapitalHealthReport.Model;

/// <summary>
/// The deals of a <see cref="DealSet"/> as columns, one entry per deal: what the loader writes and what the metrics
/// read, without a <see cref="Deal"/> object, an id string or a name string per deal. Names that repeat (sector,
/// region, currency…) are shared string instances; ids and company names are slices of one buffer each; companies
/// and investors are numbered (<see cref="DealNumbering"/>). <see cref="Materialize"/> makes the <see cref="Deal"/>s,
/// field for field as the loader would have made them, when a caller needs objects. Rows are in the order the deals
/// were added (file order for a loaded file); a <see cref="DealSet"/> keeps its canonical order beside the table. The
/// column arrays may be longer than <see cref="Count"/>, which bounds every read.
/// </summary>
internal sealed class DealTable
{
    public const byte HasAmount = 1;
    public const byte IsEstimated = 2;
    public const byte HasExplicitId = 4;

    /// <summary>The deal's currency was assumed (no currency column value, none in the amount or the mapping).</summary>
    public const byte CurrencyAssumed = 8;

    /// <summary>The deal's date is implausible (before 1990, after the publication date, or isolated far after the rest): loaded, but in no period.</summary>
    public const byte DateImplausible = 16;

    /// <summary>The deal's currency is the sign <c>¥</c> alone (in the amount or the currency column), read as CNY unless the data's country is Japan.</summary>
    public const byte YenSign = 32;

    /// <summary>The file dates the deal by its month alone (<c>2024-03</c>): dated the month's first day, it counts through the month's last.</summary>
    public const byte MonthAlone = 64;

    /// <summary>The file dates the deal by its quarter alone (<c>2024-Q1</c>): dated the quarter's first day, it counts through the quarter's last.</summary>
    public const byte QuarterAlone = 128;

    public DealTable(
        int count,
        int[] day,
        int[] line,
        byte[] stage,
        byte[] flags,
        decimal[] amount,
        string?[] sector,
        string?[] subsector,
        string?[] region,
        string?[] country,
        string[] currency,
        string[] file,
        TextColumn ids,
        TextColumn names,
        DealNumbering numbering)
    {
        Count = count;
        Day = day;
        Line = line;
        Stage = stage;
        Flags = flags;
        Amount = amount;
        Sector = sector;
        Subsector = subsector;
        Region = region;
        Country = country;
        Currency = currency;
        File = file;
        Ids = ids;
        Names = names;
        Numbering = numbering;
    }

    public int Count { get; }

    /// <summary><see cref="DateOnly.DayNumber"/> of each deal's date.</summary>
    public int[] Day { get; }

    /// <summary>Source line (<see cref="Deal.SourceLine"/>).</summary>
    public int[] Line { get; }

    public byte[] Stage { get; }

    /// <summary><see cref="HasAmount"/>, <see cref="IsEstimated"/>, <see cref="HasExplicitId"/>, <see cref="CurrencyAssumed"/> and <see cref="DateImplausible"/> bits.</summary>
    public byte[] Flags { get; }

    /// <summary>The disclosed amount, in <see cref="Currency"/>; meaningful only with <see cref="HasAmount"/>.</summary>
    public decimal[] Amount { get; }

    public string?[] Sector { get; }

    public string?[] Subsector { get; }

    public string?[] Region { get; }

    public string?[] Country { get; }

    public string[] Currency { get; }

    /// <summary>Source file name (<see cref="Deal.SourceFile"/>).</summary>
    public string[] File { get; }

    /// <summary>The ids given by the source (empty where the id is generated from file and line).</summary>
    public TextColumn Ids { get; }

    /// <summary>Company names as given (trimmed).</summary>
    public TextColumn Names { get; }

    public DealNumbering Numbering { get; }

    public bool HasId(int row) => (Flags[row] & HasExplicitId) != 0;

    public DateOnly Date(int row) => DateOnly.FromDayNumber(Day[row]);

    /// <summary>The last day the deal's date covers: the date, or the last day of the month or the quarter the file dates the deal by.</summary>
    public DateOnly Through(int row) => DatePrecisions.LastDay(Date(row), (Flags[row] & (MonthAlone | QuarterAlone)) switch
    {
        0 => DatePrecision.Day,
        MonthAlone => DatePrecision.Month,
        _ => DatePrecision.Quarter,
    });

    /// <summary>The flags that record a date's <paramref name="precision"/> (<see cref="MonthAlone"/>, <see cref="QuarterAlone"/>, or none).</summary>
    public static byte PrecisionFlags(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => MonthAlone,
        DatePrecision.Quarter => QuarterAlone,
        _ => 0,
    };

    /// <summary>The deal's id: the source's, or <c>file:line</c>.</summary>
    public string Id(int row) => HasId(row) ? Ids.GetString(row) : GeneratedId(File[row], Line[row]);

    public static string GeneratedId(string file, int line) => string.Create(CultureInfo.InvariantCulture, $"{file}:{line}");

    /// <summary>The deal at <paramref name="row"/>, made from the columns.</summary>
    public Deal DealAt(int row)
    {
        var investors = Numbering.InvestorsOf(row);
        string[] names = investors.Length == 0 ? [] : new string[investors.Length];
        var investorNames = investors.Length == 0 ? [] : Numbering.InvestorNameStrings;
        for (var k = 0; k < investors.Length; k++)
        {
            names[k] = investorNames[investors[k]];
        }

        var flags = Flags[row];
        return new Deal
        {
            Id = Id(row),
            Date = Date(row),
            Company = Names.GetString(row),
            CompanyKey = Numbering.CompanyKeyStrings[Numbering.Company[row]],
            Sector = Sector[row],
            Subsector = Subsector[row],
            Stage = (Stage)Stage[row],
            Amount = (flags & HasAmount) != 0 ? Amount[row] : null,
            Currency = Currency[row],
            AmountEstimated = (flags & (HasAmount | IsEstimated)) == (HasAmount | IsEstimated),
            Region = Region[row],
            Country = Country[row],
            Investors = names,
            SourceFile = File[row],
            SourceLine = Line[row],
        };
    }

    /// <summary>Every deal as an object, the rows <paramref name="order"/> (all rows when null) in that order; made in parallel for large tables.</summary>
    public Deal[] Materialize(int[]? order)
    {
        var deals = new Deal[order?.Length ?? Count];
        if (deals.Length < 1 << 16)
        {
            for (var k = 0; k < deals.Length; k++)
            {
                deals[k] = DealAt(order is null ? k : order[k]);
            }

            return deals;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, deals.Length, 1 << 14), range =>
        {
            for (var k = range.Item1; k < range.Item2; k++)
            {
                deals[k] = DealAt(order is null ? k : order[k]);
            }
        });
        return deals;
    }

    /// <summary>
    /// The rows <paramref name="rows"/>, in that order, as a table of their own. Companies and investors keep their
    /// numbers (those left without a deal are simply unused), so no name is hashed again.
    /// </summary>
    public DealTable Select(ReadOnlySpan<int> rows)
    {
        var n = rows.Length;
        var columns = new Columns(n);
        var ids = new TextColumn.Builder(n);
        var names = new TextColumn.Builder(n);
        var company = new int[n];
        var start = new int[n + 1];
        var investors = new List<int>(n);
        for (var k = 0; k < n; k++)
        {
            var row = rows[k];
            columns.Add(Day[row], Line[row], Stage[row], Flags[row], Amount[row], Sector[row], Subsector[row], Region[row], Country[row], Currency[row], File[row]);
            ids.Add(Ids[row]);
            names.Add(Names[row]);
            company[k] = Numbering.Company[row];
            start[k] = investors.Count;
            investors.AddRange(Numbering.InvestorsOf(row));
        }

        start[n] = investors.Count;
        return columns.Build(ids.Build(), names.Build(), new DealNumbering(company, Numbering.CompanyKeys, start, [.. investors], Numbering.InvestorNames));
    }

    /// <summary>The columns of <paramref name="deals"/>, in their order.</summary>
    public static DealTable FromDeals(Deal[] deals)
    {
        var columns = new Columns(deals.Length);
        var ids = new TextColumn.Builder(deals.Length);
        var names = new TextColumn.Builder(deals.Length);
        foreach (var deal in deals)
        {
            var flags = (byte)(HasExplicitId | (deal.Amount is null ? 0 : HasAmount) | (deal.AmountEstimated ? IsEstimated : 0));
            columns.Add(deal.Date.DayNumber, deal.SourceLine, (byte)deal.Stage, flags, deal.Amount ?? 0m, deal.Sector, deal.Subsector, deal.Region, deal.Country, deal.Currency, deal.SourceFile);
            ids.Add(deal.Id);
            names.Add(deal.Company);
        }

        return columns.Build(ids.Build(), names.Build(), DealNumbering.Compute(deals));
    }

    /// <summary>
    /// The value columns of a table (all but ids, names and numbering), filled in row order and grown as rows come:
    /// by the loader (<see cref="Builder"/>), <see cref="Select"/> and <see cref="FromDeals"/>.
    /// </summary>
    private sealed class Columns(int capacity)
    {
        private int[] _day = new int[capacity];
        private int[] _line = new int[capacity];
        private byte[] _stage = new byte[capacity];
        private byte[] _flags = new byte[capacity];
        private decimal[] _amount = new decimal[capacity];
        private string?[] _sector = new string?[capacity];
        private string?[] _subsector = new string?[capacity];
        private string?[] _region = new string?[capacity];
        private string?[] _country = new string?[capacity];
        private string[] _currency = new string[capacity];
        private string[] _file = new string[capacity];

        public int Count { get; private set; }

        public int DayAt(int row) => _day[row];

        public int LineAt(int row) => _line[row];

        public byte FlagsAt(int row) => _flags[row];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int day, int line, byte stage, byte flags, decimal amount, string? sector, string? subsector, string? region, string? country, string currency, string file)
        {
            var k = Count;
            if (k == _day.Length)
            {
                Grow(Math.Max(16, k * 2));
            }

            _day[k] = day;
            _line[k] = line;
            _stage[k] = stage;
            _flags[k] = flags;
            _amount[k] = amount;
            _sector[k] = sector;
            _subsector[k] = subsector;
            _region[k] = region;
            _country[k] = country;
            _currency[k] = currency;
            _file[k] = file;
            Count = k + 1;
        }

        /// <summary>The table of the rows added (it shares these arrays: add nothing after).</summary>
        public DealTable Build(TextColumn ids, TextColumn names, DealNumbering numbering) =>
            new(Count, _day, _line, _stage, _flags, _amount, _sector, _subsector, _region, _country, _currency, _file, ids, names, numbering);

        private void Grow(int rows)
        {
            Array.Resize(ref _day, rows);
            Array.Resize(ref _line, rows);
            Array.Resize(ref _stage, rows);
            Array.Resize(ref _flags, rows);
            Array.Resize(ref _amount, rows);
            Array.Resize(ref _sector, rows);
            Array.Resize(ref _subsector, rows);
            Array.Resize(ref _region, rows);
            Array.Resize(ref _country, rows);
            Array.Resize(ref _currency, rows);
            Array.Resize(ref _file, rows);
        }
    }

    /// <summary>Appends deals row by row, as the loader maps them: the value columns, the ids (each claimed once) and the company names by number.</summary>
    internal sealed class Builder
    {
        private readonly string _file;
        private readonly Columns _columns;
        private readonly TextColumn.Builder _ids;
        private readonly NumberedIds _numberedIds;
        private int[] _name;

        /// <summary>A builder for about <paramref name="rows"/> deals of <paramref name="file"/>.</summary>
        public Builder(string file, int rows)
        {
            rows = Math.Max(rows, 16);
            _file = file;
            _columns = new Columns(rows);
            _ids = new TextColumn.Builder(rows, indexed: true);
            _numberedIds = new NumberedIds(rows);
            _name = new int[rows];
        }

        public int Count => _columns.Count;

        public int DayAt(int row) => _columns.DayAt(row);

        public int LineAt(int row) => _columns.LineAt(row);

        public byte FlagsAt(int row) => _columns.FlagsAt(row);

        /// <summary>Claims <paramref name="id"/> for the next deal added; false, with the row that has it, when a deal already has it.</summary>
        public bool TryClaimId(ReadOnlySpan<char> id, out int existing) =>
            _numberedIds.TryAdd(id, Count, out existing) ?? _ids.TryIndex(id, Count, out existing);

        /// <summary>Appends a deal; <paramref name="name"/> is its company name as given, by number among the distinct names passed to <see cref="Build"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int day, int line, Stage stage, byte flags, decimal amount, string? sector, string? subsector, string? region, string? country, string currency, ReadOnlySpan<char> id, int name)
        {
            var at = Count;
            if (at == _name.Length)
            {
                Array.Resize(ref _name, at * 2);
            }

            _name[at] = name;
            _ids.Add(id);
            _columns.Add(day, line, (byte)stage, flags, amount, sector, subsector, region, country, currency, _file);
        }

        /// <summary>The table of the deals added, with their numbering and the distinct company names their rows name; it shares this builder's arrays (add nothing after).</summary>
        public DealTable Build(DealNumbering numbering, TextColumn names) =>
            _columns.Build(_ids.Build(), TextColumn.Gather(names, _name, Count), numbering);
    }
}
