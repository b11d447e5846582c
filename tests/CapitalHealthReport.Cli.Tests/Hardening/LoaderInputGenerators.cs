using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Deals files for the loader's cases of the bad-input corpus that are too large, binary or special to commit:
/// a NUL character past the first 64 KB, a JSON Lines value of 2 M characters, a pipe with a writer, an XLSX
/// whose shared strings unpack to gigabytes, one whose only extra row is numbered 2,147,483,647, one whose amount is
/// a formula with no saved value and one with values in 300 columns.
/// </summary>
public static class LoaderInputGenerators
{
    public static IReadOnlyList<string> Names { get; } = ["nul-in-row", "jsonl-long-value", "fifo-deals", "xlsx-shared-strings-bomb", "xlsx-last-row-number", "xlsx-uncalculated-formula", "xlsx-wide-columns"];

    /// <summary>Writes the input of generator <paramref name="name"/>; false for a name it does not know.</summary>
    public static bool Run(string name, string folder)
    {
        switch (name)
        {
            case "nul-in-row":
                var rows = new StringBuilder("date,company,amount\n");
                for (var i = 0; i < 3000; i++)
                {
                    rows.Append(CultureInfo.InvariantCulture, $"2024-01-{1 + (i % 28):00},Company {i},{100 + i}\n");
                }

                File.WriteAllText(Path.Combine(folder, "deals.csv"), rows + "2024-02-01,Nul\0Company,100\n");
                return true;
            case "jsonl-long-value":
                File.WriteAllText(Path.Combine(folder, "deals.jsonl"), "{\"date\":\"2024-01-01\",\"company\":\"Alpha\",\"amount\":100}\n{\"date\":\"2024-01-02\",\"company\":\"" + new string('x', 2_000_000) + "\",\"amount\":5}\n");
                return true;
            case "fifo-deals":
                var fifo = Path.Combine(folder, "deals.csv");
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
                {
                    mkfifo.WaitForExit();
                }

                // The writer waits for the command to open the pipe, writes the deals and closes it.
                _ = Task.Run(() => File.WriteAllText(fifo, InputGenerators.GoodDeals));
                return true;
            case "xlsx-shared-strings-bomb":
                Workbook(Path.Combine(folder, "deals.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sharedStrings: 200_000);
                return true;
            case "xlsx-last-row-number":
                Workbook(
                    Path.Combine(folder, "deals.xlsx"),
                    Row(1, "date", "company", "amount") + Row(2, "2024-01-01", "Alpha", "100") + Row(2_147_483_647, "2024-01-02", "Beta", "200"),
                    sharedStrings: 0);
                return true;
            case "xlsx-uncalculated-formula":
                Workbook(
                    Path.Combine(folder, "deals.xlsx"),
                    Row(1, "date", "company", "amount") + Row(2, "2024-01-01", "Alpha", "100") + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>2024-01-02</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>Beta</t></is></c><c r=\"C3\"><f>C2*2</f></c></row>",
                    sharedStrings: 0);
                return true;
            case "xlsx-wide-columns":
                Workbook(
                    Path.Combine(folder, "deals.xlsx"),
                    Row(1, "date", "company", "amount") + "<row r=\"2\">" + string.Concat(Enumerable.Range(0, 300).Select(static i => string.Create(CultureInfo.InvariantCulture, $"<c r=\"{Letters(i + 1)}2\"><v>{i}</v></c>"))) + "</row>",
                    sharedStrings: 0);
                return true;
            default:
                return false;
        }
    }

    private static string Letters(int column) => column <= 26 ? ((char)('A' + column - 1)).ToString() : Letters((column - 1) / 26) + (char)('A' + ((column - 1) % 26));

    private static string Row(int number, params string[] cells) =>
        string.Create(CultureInfo.InvariantCulture, $"<row r=\"{number}\">") +
        string.Concat(cells.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{c}</t></is></c>"))) + "</row>";

    /// <summary>A one-sheet workbook written part by part; <paramref name="sharedStrings"/> repeats of a 400-character string in its shared-strings table.</summary>
    private static void Workbook(string path, string rows, int sharedStrings)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Part(zip, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
        var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{sharedStrings}" uniqueCount="{sharedStrings}">"""));
        var item = "<si><t>" + new string('s', 400) + "</t></si>";
        for (var i = 0; i < sharedStrings; i++)
        {
            writer.Write(item);
        }

        writer.Write("</sst>");
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
