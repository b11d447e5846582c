using CapitalHealthReport.Model;

namespace CapitalHealthReport.Loading;

/// <summary>
/// A batch of rows the <see cref="DealRowMapper"/> accepted, on their way to the <see cref="DealCollector"/>: the
/// parsed values, the mapped labels, and the texts still to be numbered (id, company, company id, investors) copied
/// into one buffer, so that mapping and collecting can run on two threads.
/// </summary>
internal sealed class MappedRows
{
    public const int Capacity = 4096;

    private char[] _text = new char[Capacity * 64];
    private int _used;

    public int Count { get; private set; }

    public int[] Line { get; } = new int[Capacity];

    public int[] Day { get; } = new int[Capacity];

    public decimal[] Amount { get; } = new decimal[Capacity];

    public byte[] Flags { get; } = new byte[Capacity];

    /// <summary>Stage, sector, subsector, region, country and currency of each row (null where empty).</summary>
    public MappedValue?[][] Labels { get; } = [.. Enumerable.Range(0, 6).Select(_ => new MappedValue?[Capacity])];

    /// <summary>Row i's id, company, company id and investor texts: <c>Texts[4i..4i+4]</c>, as (start, length) in the buffer.</summary>
    private readonly (int Start, int Length)[] _texts = new (int, int)[Capacity * 4];

    public bool IsFull => Count == Capacity;

    public ReadOnlySpan<char> Text(int row, int which) => _text.AsSpan(_texts[(row * 4) + which].Start, _texts[(row * 4) + which].Length);

    public void Add(int line, int day, decimal amount, byte flags, ReadOnlySpan<MappedValue?> labels, ReadOnlySpan<char> id, ReadOnlySpan<char> company, ReadOnlySpan<char> companyId, ReadOnlySpan<char> investors)
    {
        var row = Count++;
        Line[row] = line;
        Day[row] = day;
        Amount[row] = amount;
        Flags[row] = flags;
        for (var k = 0; k < labels.Length; k++)
        {
            Labels[k][row] = labels[k];
            if (labels[k] is { } label)
            {
                label.Count++;
            }
        }

        Put(row, 0, id);
        Put(row, 1, company);
        Put(row, 2, companyId);
        Put(row, 3, investors);
    }

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    private void Put(int row, int which, ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _used + text.Length));
        }

        text.CopyTo(_text.AsSpan(_used));
        _texts[(row * 4) + which] = (_used, text.Length);
        _used += text.Length;
    }
}

/// <summary>A source value mapped: the canonical text (or the source's, when unmapped), and how many deals used it.</summary>
internal sealed class MappedValue(string value, bool mapped)
{
    public string Value { get; } = value;

    public bool Mapped { get; } = mapped;

    public Stage? Stage { get; init; }

    /// <summary>For a subsector: the sector it names, if any.</summary>
    public string? Sector { get; init; }

    /// <summary>
    /// For a region written as a country's ISO code that is also a region's (<c>AR</c>: Arkansas or Argentina), the
    /// country; the column's other values decide which one it is (<see cref="DealRowMapper.DecideRegionCodes"/>).
    /// </summary>
    public string? CountryCode { get; init; }

    /// <summary>
    /// For a region written as a bare two-letter code or a name that is also a Brazilian, Australian or South African state's (<c>SP</c>, <c>SC</c>,
    /// <c>WA</c>: São Paulo, Santa Catarina or South Carolina, Western Australia or Washington), the state; the deal's country or the column's other
    /// values decide whether it is (<see cref="DealRowMapper.DecideStateCodes"/>).
    /// </summary>
    public string? BareState { get; init; }

    /// <summary>For a <see cref="BareState"/> value, the text as the data writes it (<c>WA</c>), which <see cref="MappedValue.Value"/> may have replaced (<c>Washington</c>).</summary>
    public string? Written { get; init; }

    /// <summary>Whether every deal with this value was read as <see cref="BareState"/>, so that it is no unmapped value.</summary>
    public bool ReadAsState { get; set; }

    /// <summary>Deals loaded with this value: counted as the mapper passes a row on, corrected for the rows the collector leaves out (<see cref="DealCollector.CorrectLabelCounts"/>).</summary>
    public int Count { get; set; }
}
