using System.IO.Compression;
using System.Text;

namespace CapitalHealthReport.Testing;

/// <summary>
/// Writes an XLSX workbook from the XML of its sheets' rows, for what workbook libraries do not write: error values,
/// formulas with or without a saved value, hidden sheets, number formats of the workbook's own. Style 1 is a date; styles
/// from 2 on are the custom number formats given to <see cref="Write(string[], ValueTuple{string, bool, string}[])"/>, in order.
/// </summary>
public static class RawWorkbook
{
    /// <summary>An inline text cell.</summary>
    public static string TextCell(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    /// <summary>A number cell; a date when <paramref name="date"/>.</summary>
    public static string NumberCell(string reference, double value, bool date = false) =>
        $"<c r=\"{reference}\"{(date ? " s=\"1\"" : "")}><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    /// <summary>A number cell shown in custom number format <paramref name="format"/> (0-based, in the order given to Write).</summary>
    public static string FormattedCell(string reference, double value, int format) =>
        $"<c r=\"{reference}\" s=\"{2 + format}\"><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    /// <summary>A formula whose result is an error value, as Excel saves it.</summary>
    public static string ErrorCell(string reference, string error) => $"<c r=\"{reference}\" t=\"e\"><f>1/0</f><v>{error}</v></c>";

    /// <summary>A formula with its saved value, or with none (as a program that does not calculate writes it).</summary>
    public static string FormulaCell(string reference, string formula, double? value = null) =>
        $"<c r=\"{reference}\"><f>{formula}</f>{(value is { } v ? $"<v>{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v>" : "")}</c>";

    /// <summary>The sheet's dimension (its used range, as Excel saves it: formatted empty cells count); put it before the rows.</summary>
    public static string Dimension(string range) => $"<dimension ref=\"{range}\"/>";

    /// <summary>A formatted cell with no value, as Excel saves a cell whose contents were cleared.</summary>
    public static string EmptyCell(string reference) => $"<c r=\"{reference}\" s=\"1\"/>";

    /// <summary>A row of cells.</summary>
    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    /// <summary>The bytes of a workbook of the sheets given as (name, hidden, rows XML).</summary>
    public static byte[] Write(params (string Name, bool Hidden, string Rows)[] sheets) => Write([], sheets);

    /// <summary>The bytes of a workbook with custom number formats (ids from 164), and the sheets given as (name, hidden, rows XML).</summary>
    public static byte[] Write(string[] numberFormats, params (string Name, bool Hidden, string Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Ns}\" xmlns:r=\"{Rel}\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\"{(s.Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{i + 1}\"/>"))
                + "</sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + $"<Relationship Id=\"rId{sheets.Length + 1}\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/></Relationships>");
            var formats = numberFormats.Length == 0 ? "" : "<numFmts>" + string.Concat(numberFormats.Select((f, i) => $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{System.Security.SecurityElement.Escape(f)}\"/>")) + "</numFmts>";
            var styles = string.Concat(numberFormats.Select((_, i) => $"<xf numFmtId=\"{164 + i}\" applyNumberFormat=\"1\"/>"));
            Add("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Ns}\">{formats}<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>{styles}</cellXfs></styleSheet>");
            for (var i = 0; i < sheets.Length; i++)
            {
                // A dimension given first in the rows goes before the sheet data, where the format puts it.
                var rows = sheets[i].Rows;
                var dimension = rows.StartsWith("<dimension", StringComparison.Ordinal) ? rows[..(rows.IndexOf("/>", StringComparison.Ordinal) + 2)] : "";
                Add($"xl/worksheets/sheet{i + 1}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Ns}\">{dimension}<sheetData>{rows[dimension.Length..]}</sheetData></worksheet>");
            }
        }

        return stream.ToArray();
    }
}
