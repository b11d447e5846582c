namespace CapitalHealthReport.Loading;

/// <summary>
/// The first workbook row rejected because its amount cell's number format shows another unit than the amount
/// column's name gives: its line, the unit shown (<c>亿</c>) and the unit named (<c>万元</c>).
/// </summary>
public sealed record CellFormatUnitConflict(int Line, string Shown, string Named);

/// <summary>
/// How workbook amount cells were read by the unit their number format shows (<c>0"万元"</c>, <c>#,##0.0,,"M"</c>),
/// counted in cells of the deals loaded: per unit, the cells read as the number shown times it (and of them, those in a
/// column whose name gives the same unit, applied once); the cells whose format only takes thousands off (trailing
/// commas), read in the name's unit or, with none named, as stored; the rows rejected because the format and the name
/// give different units; and the number cells whose format shows no unit.
/// </summary>
public sealed class CellFormatUnits
{
    private readonly SortedDictionary<string, int> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, decimal> _scales = new(StringComparer.Ordinal);

    /// <summary>Cells read as the number shown times the unit their format shows, per unit as the format writes it (<c>万元</c>, <c>M</c>).</summary>
    public IReadOnlyDictionary<string, int> Read => _read;

    /// <summary>What each unit of <see cref="Read"/> multiplies by (10,000 for <c>万元</c>).</summary>
    public IReadOnlyDictionary<string, decimal> Scales => _scales;

    /// <summary>Cells read in the unit their format shows.</summary>
    public int ReadCells => _read.Values.Sum();

    /// <summary>Of <see cref="ReadCells"/>, the cells in a column whose name gives the same unit (<c>融资金额（万元）</c> and <c>0"万元"</c>): the unit is applied once.</summary>
    public int SameAsName { get; private set; }

    /// <summary>Cells whose format takes thousands off (<c>#,##0,</c>) and names no unit, in a column whose name does: the number shown read in the name's unit.</summary>
    public int ThousandsInNamedUnit { get; private set; }

    /// <summary>Cells whose format takes thousands off and names no unit, in a column whose name names none either: read as stored.</summary>
    public int ThousandsAsStored { get; private set; }

    /// <summary>Rows rejected because their amount cell's format shows another unit than the column's name gives.</summary>
    public int Conflicts { get; private set; }

    /// <summary>The first of the <see cref="Conflicts"/>; null when there is none.</summary>
    public CellFormatUnitConflict? FirstConflict { get; private set; }

    /// <summary>Number cells whose format shows no unit and takes no thousands off.</summary>
    public int Plain { get; private set; }

    /// <summary>The line of the first of the <see cref="Plain"/> cells; 0 when there is none.</summary>
    public int FirstPlainLine { get; private set; }

    /// <summary>Whether any cell was read by its format's unit or thousands, or rejected for it.</summary>
    public bool Any => ReadCells + ThousandsInNamedUnit + ThousandsAsStored + Conflicts > 0;

    /// <summary>Counts a loaded deal's amount number cell, read by <paramref name="shown"/> (null when its format shows nothing) in a column whose name gives <paramref name="named"/>.</summary>
    internal void Count(CellFormatUnit? shown, AmountColumnUnit? named, int line)
    {
        if (shown is null)
        {
            Plain++;
            FirstPlainLine = FirstPlainLine == 0 ? line : FirstPlainLine;
        }
        else if (shown.Unit is { } unit)
        {
            _read[unit.Text] = _read.GetValueOrDefault(unit.Text) + 1;
            _scales[unit.Text] = unit.Scale;
            SameAsName += named?.Scale == unit.Scale ? 1 : 0;
        }
        else if (named is { Scale: > 1m })
        {
            ThousandsInNamedUnit++;
        }
        else
        {
            ThousandsAsStored++;
        }
    }

    /// <summary>Counts a row rejected because its cell shows <paramref name="shown"/> and the column's name gives <paramref name="named"/>.</summary>
    internal void Conflict(int line, AmountColumnUnit shown, AmountColumnUnit named)
    {
        Conflicts++;
        FirstConflict ??= new CellFormatUnitConflict(line, shown.Text, named.Text);
    }
}
