using System.IO.Compression;
using System.Xml;

namespace CapitalHealthReport.Loading;

/// <summary>
/// What the workbook reader does not say about an XLSX file, read from its parts: the sheets in order with whether each
/// is hidden, and of one sheet the cells it reads as empty though they are not: error values (<c>#DIV/0!</c>,
/// <c>#N/A</c>), which Excel shows and writes to CSV as text, and formulas with no saved value (a workbook written by a
/// program that does not calculate), whose value no reader can know.
/// </summary>
internal sealed class WorkbookParts
{
    private const string Main = "xl/workbook.xml";

    /// <summary>The bytes a marker spans, less one: kept from one block for the next.</summary>
    private const int Overlap = 3;

    /// <summary>
    /// How much of a sheet's unpacked XML is searched for markers before the cell-by-cell reading decides: a sheet of
    /// several hundred thousand rows, not a file that unpacks to gigabytes.
    /// </summary>
    private const long SearchedBytes = 256L << 20;

    private WorkbookParts(IReadOnlyList<(string Name, bool Hidden, string? Part)> sheets) => Sheets = sheets;

    /// <summary>The sheets in workbook order: name, whether hidden, and the worksheet part (null when not found).</summary>
    public IReadOnlyList<(string Name, bool Hidden, string? Part)> Sheets { get; }

    /// <summary>Error values by sheet row and column (both 1-based), as Excel writes them (<c>#DIV/0!</c>).</summary>
    public Dictionary<(int Row, int Column), string> Errors { get; } = [];

    /// <summary>Formulas with no saved value by sheet row and column (both 1-based); the formula's text, empty for a shared formula.</summary>
    public Dictionary<(int Row, int Column), string> Uncalculated { get; } = [];

    /// <summary>Reads the sheet list of the workbook in <paramref name="zip"/>; empty when its parts are not where the format puts them.</summary>
    public static WorkbookParts Read(ZipArchive zip)
    {
        var main = Entry(zip, Main);
        if (main is null)
        {
            return new WorkbookParts([]);
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Entry(zip, "xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = Xml(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }

        var sheets = new List<(string, bool, string?)>();
        using (var reader = Xml(main))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet")
                {
                    continue;
                }

                var name = reader.GetAttribute("name") ?? "";
                var state = reader.GetAttribute("state");
                string? id = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                    {
                        id = reader.Value;
                    }
                }

                var hidden = state is not null && !string.Equals(state, "visible", StringComparison.OrdinalIgnoreCase);
                sheets.Add((name, hidden, id is not null && targets.TryGetValue(id, out var part) ? part : null));
            }
        }

        return new WorkbookParts(sheets);
    }

    /// <summary>
    /// Finds the error values and the formulas with no saved value of the sheet named <paramref name="sheet"/>, up to
    /// row <paramref name="lastRow"/>: the reader refuses the sheet at the row after the row limit, so a sheet whose
    /// XML unpacks to millions of rows is not read past it here either.
    /// </summary>
    public void ScanCells(ZipArchive zip, string sheet, long lastRow)
    {
        var part = Sheets.FirstOrDefault(s => s.Name == sheet).Part;
        if (part is null || Entry(zip, part) is not { } entry)
        {
            return;
        }

        using (var bytes = entry.Open())
        {
            if (!MayHoldErrorsOrFormulas(bytes))
            {
                return;
            }
        }

        using var reader = Xml(entry);
        var (row, column) = (0, 0);
        string? type = null;
        string? formula = null;
        string? value = null;
        var element = "";
        var inCell = false;

        void Finish()
        {
            if (type == "e" && !string.IsNullOrEmpty(value))
            {
                Errors[(row, column)] = value.Trim();
            }
            else if (formula is not null && value is null)
            {
                Uncalculated[(row, column)] = formula;
            }

            inCell = false;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                element = reader.LocalName;
                switch (element)
                {
                    case "row":
                        row = Number(reader.GetAttribute("r")) ?? row + 1;
                        column = 0;
                        if (row > lastRow)
                        {
                            return;
                        }

                        break;
                    case "c":
                        var at = Reference(reader.GetAttribute("r"));
                        (row, column) = at is { } r ? (r.Row ?? row, r.Column) : (row, column + 1);
                        (type, formula, value, inCell) = (reader.GetAttribute("t"), null, null, true);
                        if (reader.IsEmptyElement)
                        {
                            Finish();
                        }

                        break;
                    case "f" when inCell:
                        formula = "";
                        break;
                    case "v" when inCell:
                        value = "";
                        break;
                    default:
                        break;
                }
            }
            else if (inCell && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (element == "f")
                {
                    formula += reader.Value;
                }
                else if (element == "v")
                {
                    value += reader.Value;
                }
            }
            else if (inCell && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c")
            {
                Finish();
            }
        }
    }

    /// <summary>
    /// The part of the sheet named <paramref name="sheet"/> that holds cells with a value or a formula, read from its
    /// XML: the last such row and column (1-based), and the first such cell right of column
    /// <paramref name="maxColumns"/>. A sheet's dimension counts formatted empty cells too, so that one stray formatted
    /// cell at XFD1048576 claims 16,384 columns and a million rows of nothing. Rows after <paramref name="lastRow"/> are
    /// not read: the last row is then unknown (<see cref="int.MaxValue"/>) and the reader's row limit decides. Nor are
    /// the rows after the one holding the first cell past the column limit, which refuses the sheet: the last column
    /// is then the last holding a value up to that row.
    /// </summary>
    public SheetExtent Extent(ZipArchive zip, string sheet, long lastRow, int maxColumns)
    {
        var part = Sheets.FirstOrDefault(s => s.Name == sheet).Part;
        if (part is null || Entry(zip, part) is not { } entry)
        {
            return new SheetExtent(int.MaxValue, int.MaxValue, null);
        }

        using var reader = Xml(entry);
        var (row, column, lastValueRow, lastValueColumn) = (0, 0, 0, 0);
        (int Row, int Column)? wide = null;
        var inCell = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                inCell &= !(reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c");
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    if (wide is not null)
                    {
                        return new SheetExtent(int.MaxValue, lastValueColumn, wide);
                    }

                    row = Number(reader.GetAttribute("r")) ?? row + 1;
                    column = 0;
                    if (row > lastRow)
                    {
                        return new SheetExtent(int.MaxValue, lastValueColumn, wide);
                    }

                    break;
                case "c":
                    var at = Reference(reader.GetAttribute("r"));
                    (row, column) = at is { } r ? (r.Row ?? row, r.Column) : (row, column + 1);
                    inCell = !reader.IsEmptyElement;
                    break;
                case "v" or "is" or "f" when inCell:
                    // A value, inline text or a formula: the cell holds something (a formatted empty cell holds none of them).
                    inCell = false;
                    lastValueRow = Math.Max(lastValueRow, row);
                    lastValueColumn = Math.Max(lastValueColumn, column);
                    if (column > maxColumns && wide is null)
                    {
                        wide = (row, column);
                    }

                    break;
                default:
                    break;
            }
        }

        return new SheetExtent(lastValueRow, lastValueColumn, wide);
    }

    /// <summary>
    /// Whether a sheet's XML may hold an error value or a formula: false when its unpacked bytes hold neither an
    /// attribute value <c>"e"</c> (<c>t="e"</c>) nor an <c>f</c> element, so that the cell-by-cell reading above is spared
    /// for the sheets most workbooks hold (a search of the bytes costs a fraction of reading them as XML). Past
    /// <see cref="SearchedBytes"/> it answers true, leaving the bounded reading above to decide.
    /// </summary>
    internal static bool MayHoldErrorsOrFormulas(Stream stream)
    {
        var buffer = new byte[(1 << 20) + Overlap];
        var kept = 0;
        long searched = 0;
        int read;
        while ((read = stream.ReadAtLeast(buffer.AsSpan(kept, buffer.Length - kept), buffer.Length - kept, throwOnEndOfStream: false)) > 0)
        {
            var span = buffer.AsSpan(0, kept + read);
            if (HoldsMarker(span))
            {
                return true;
            }

            searched += read;
            if (searched > SearchedBytes)
            {
                return true;
            }

            // The last bytes are searched again with the next block: a marker may straddle the two.
            kept = Math.Min(Overlap, span.Length);
            span[^kept..].CopyTo(buffer);
        }

        return false;
    }

    private static bool HoldsMarker(ReadOnlySpan<byte> xml) =>
        xml.IndexOf("\"e\""u8) >= 0 || xml.IndexOf("'e'"u8) >= 0
        || xml.IndexOf("<f>"u8) >= 0 || xml.IndexOf("<f "u8) >= 0 || xml.IndexOf("<f/"u8) >= 0
        || xml.IndexOf(":f>"u8) >= 0 || xml.IndexOf(":f "u8) >= 0 || xml.IndexOf(":f/"u8) >= 0;

    /// <summary>A cell reference's column (1-based) and row, when it has one (<c>C5</c>: 3 and 5).</summary>
    private static (int Column, int? Row)? Reference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var i = 0;
        var column = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return column == 0 ? null : (column, Number(reference[i..]));
    }

    private static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));

    private static XmlReader Xml(ZipArchiveEntry entry) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, IgnoreComments = true });
}

