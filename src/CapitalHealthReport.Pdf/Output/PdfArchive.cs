using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// Finishes a PDF that Skia wrote in its PDF/A-2b mode: what Skia cannot write is added as one incremental update (a new
/// catalog with <c>/Lang</c>, the outline and a complete XMP packet with the document's language), and the ids Skia takes
/// from the clock are replaced in place by ids derived from the content, so that the same document gives the same bytes.
/// Reads only what Skia writes: a classic cross-reference table and a trailer with <c>/Root</c>, <c>/Info</c> and <c>/ID</c>.
/// </summary>
internal static partial class PdfArchive
{
    /// <summary>Returns the finished PDF; <paramref name="pdf"/> (Skia's output, dates already in UTC) is changed in place.</summary>
    public static byte[] Finish(byte[] pdf, DocumentMetadata metadata, string producer, IReadOnlyList<OutlineEntry> outline)
    {
        var trailer = PdfTrailer.Read(pdf);

        // Everything before Skia's trailer stays where it is; the trailer is written anew with the content's id.
        var original = pdf[..trailer.Offset];
        var documentId = ReplaceClockIds(original);
        var catalog = CatalogOf(pdf, trailer);

        var objects = new List<(int Number, byte[] Body)>();
        var next = trailer.Size;
        var metadataNumber = next++;
        var xmp = XmpPacket.Build(metadata, producer, Dashed(documentId));
        objects.Add((metadataNumber, Stream($"<</Type /Metadata /Subtype /XML /Length {Int(xmp.Length)}>>", xmp)));

        var extra = new StringBuilder($" /Metadata {Int(metadataNumber)} 0 R");
        if (!string.IsNullOrWhiteSpace(metadata.Language))
        {
            extra.Append(" /Lang ").Append(PdfSyntax.Language(metadata.Language.Trim()));
        }

        if (outline.Count > 0)
        {
            var outlineNumber = next;
            foreach (var body in OutlineObjects.Build(outline, outlineNumber))
            {
                objects.Add((next++, Encoding.ASCII.GetBytes(body)));
            }

            extra.Append(CultureInfo.InvariantCulture, $" /Outlines {Int(outlineNumber)} 0 R /PageMode /UseOutlines");
        }

        var catalogBody = MetadataEntry().Replace(catalog, string.Empty).TrimEnd();
        catalogBody = catalogBody[..^2].TrimEnd() + extra + ">>";
        objects.Insert(0, (trailer.Root, Encoding.Latin1.GetBytes(catalogBody)));
        return Append(original, trailer, objects, next, documentId);
    }

    private static byte[] Append(byte[] original, PdfTrailer trailer, List<(int Number, byte[] Body)> objects, int size, string documentId)
    {
        using var output = new MemoryStream(original.Length + 8192);
        output.Write(original);
        Write(output, string.Create(
            CultureInfo.InvariantCulture,
            $"trailer\n<</Size {Int(trailer.Size)}\n/Root {Int(trailer.Root)} 0 R\n/Info {Int(trailer.Info)} 0 R\n/ID [<{documentId}> <{documentId}>]>>\nstartxref\n{Int(trailer.StartXref)}\n%%EOF\n"));

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{Int(number)} 0 obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        var numbers = offsets.Keys.ToList();
        for (var i = 0; i < numbers.Count;)
        {
            var end = i + 1;
            while (end < numbers.Count && numbers[end] == numbers[end - 1] + 1)
            {
                end++;
            }

            table.Append(Int(numbers[i])).Append(' ').Append(Int(end - i)).Append('\n');
            for (var k = i; k < end; k++)
            {
                table.Append(offsets[numbers[k]].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }

            i = end;
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {Int(size)}\n/Root {Int(trailer.Root)} 0 R\n/Info {Int(trailer.Info)} 0 R\n")
            .Append(CultureInfo.InvariantCulture, $"/ID [<{documentId}> <{documentId}>]\n/Prev {trailer.StartXref.ToString(CultureInfo.InvariantCulture)}>>\n")
            .Append(CultureInfo.InvariantCulture, $"startxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    /// <summary>
    /// Skia's PDF/A mode makes the document id from the clock. Its copies in the XMP (<c>uuid:</c> form) are replaced by
    /// the first 16 bytes of the SHA-256 of the body with those copies blanked (the trailer, which holds the id as a hex
    /// or literal string, is written anew). Returns the new id in hex.
    /// </summary>
    private static string ReplaceClockIds(byte[] body)
    {
        var clock = ClockUuid().Match(Encoding.Latin1.GetString(body));
        var form = clock.Success ? Encoding.ASCII.GetBytes(clock.Groups[1].Value) : [];
        var places = form.Length > 0 ? Occurrences(body, form) : [];
        foreach (var at in places)
        {
            body.AsSpan(at, form.Length).Fill((byte)'0');
        }

        var id = Convert.ToHexString(SHA256.HashData(body).AsSpan(0, 16));
        var replacement = Encoding.ASCII.GetBytes(Dashed(id));
        foreach (var at in places)
        {
            replacement.CopyTo(body.AsSpan(at));
        }

        return id;
    }

    private static List<int> Occurrences(byte[] pdf, byte[] pattern)
    {
        var found = new List<int>();
        for (var from = 0; ;)
        {
            var at = pdf.AsSpan(from).IndexOf(pattern);
            if (at < 0)
            {
                return found;
            }

            found.Add(from + at);
            from += at + pattern.Length;
        }
    }

    /// <summary>The catalog dictionary (<c>&lt;&lt;…&gt;&gt;</c>) as written, found through the cross-reference table.</summary>
    private static string CatalogOf(byte[] pdf, PdfTrailer trailer)
    {
        var offset = XrefOffset(pdf, trailer.StartXref, trailer.Root);
        var text = Encoding.Latin1.GetString(pdf, offset, Math.Min(pdf.Length - offset, 64 * 1024));
        var header = $"{Int(trailer.Root)} 0 obj";
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The PDF's catalog is not where its cross-reference table says.");
        }

        var end = text.IndexOf("endobj", StringComparison.Ordinal);
        return text[header.Length..end].Trim();
    }

    private static int XrefOffset(byte[] pdf, long startXref, int number)
    {
        var text = Encoding.ASCII.GetString(pdf, (int)startXref, pdf.Length - (int)startXref);
        using var reader = new StringReader(text);
        if (reader.ReadLine() != "xref")
        {
            throw new InvalidOperationException("The PDF has no classic cross-reference table.");
        }

        while (reader.ReadLine() is { } line && !line.StartsWith("trailer", StringComparison.Ordinal))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var count = int.Parse(parts[1], CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var entry = reader.ReadLine() ?? string.Empty;
                if (first + i == number)
                {
                    return int.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
                }
            }
        }

        throw new InvalidOperationException($"The PDF's cross-reference table has no object {Int(number)}.");
    }

    private static byte[] Stream(string dictionary, byte[] data)
    {
        var head = Encoding.ASCII.GetBytes(dictionary + " stream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream");
        return [.. head, .. data, .. tail];
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 32-digit hex id as a lower-case UUID (8-4-4-4-12).</summary>
    private static string Dashed(string hex)
    {
        var lower = hex.ToLowerInvariant();
        return $"{lower[..8]}-{lower[8..12]}-{lower[12..16]}-{lower[16..20]}-{lower[20..]}";
    }

    [GeneratedRegex(@"/Metadata\s+\d+\s+0\s+R")]
    private static partial Regex MetadataEntry();

    [GeneratedRegex(@"<xmpMM:DocumentID>uuid:([0-9A-Fa-f-]{36})</xmpMM:DocumentID>")]
    private static partial Regex ClockUuid();
}
