using System.Globalization;
using System.Text;
using CapitalHealthReport.Pdf.Output;

namespace CapitalHealthReport.Pdf.Tests.Output;

/// <summary>The finishing step on files shaped as Skia writes them, whichever form Skia chose for the clock-made id.</summary>
public sealed class PdfArchiveTests
{
    [Theory]
    [InlineData("<00112233445566778899AABBCCDDEEFF>", "(A\\001B\\(c\\)d\\\\efghijklmn)")]
    [InlineData("(pqrstuvwxyzABCDE)", "<FFEEDDCCBBAA99887766554433221100>")]
    public void The_clock_made_id_is_replaced_whether_written_as_hex_or_literal_string(string firstId, string secondId)
    {
        var first = PdfArchive.Finish(SkiaLike(firstId, "11111111-2222-3333-4444-555555555555"), PdfTestKit.Metadata(), "Test", []);
        var second = PdfArchive.Finish(SkiaLike(secondId, "99999999-8888-7777-6666-555555555555"), PdfTestKit.Metadata(), "Test", []);

        Assert.Equal(first, second);
        var text = Encoding.Latin1.GetString(first);
        Assert.DoesNotContain(firstId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("11111111-2222", text, StringComparison.Ordinal);
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]>>\nstartxref", text);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    // A minimal PDF laid out as Skia's PDF/A mode writes it: XMP with a uuid, a classic xref table, a trailer with /ID.
    private static byte[] SkiaLike(string id, string uuid)
    {
        var objects = new[]
        {
            "<</Title (T)>>",
            "<</Type /Metadata /Subtype /XML>> stream\n<xmpMM:DocumentID>uuid:" + uuid + "</xmpMM:DocumentID>\nendstream",
            "<</Type /Catalog\n/Pages 4 0 R\n/Metadata 2 0 R>>",
            "<</Type /Pages /Kids [] /Count 0>>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}\n/Root 3 0 R\n/Info 1 0 R\n/ID [{id} {id}]>>\nstartxref\n{xref}\n%%EOF");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
