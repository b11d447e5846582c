using System.Globalization;
using System.Security;
using System.Text;
using CapitalHealthReport.Pdf.Model;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// The document's XMP metadata packet for PDF/A-2b: title, author, subject, keywords, language, creator tool, producer,
/// dates and ids, each equal to its information-dictionary counterpart, as PDF/A requires.
/// </summary>
internal static class XmpPacket
{
    /// <summary>The packet as UTF-8 bytes, unpadded.</summary>
    public static byte[] Build(DocumentMetadata metadata, string producer, string documentId)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var id = "uuid:" + documentId;
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xml.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.Append("<rdf:Description rdf:about=\"\"\n");
        xml.Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        xml.Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        xml.Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n");
        xml.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
        xml.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        xml.Append("<pdfaid:part>2</pdfaid:part>\n");
        xml.Append("<pdfaid:conformance>B</pdfaid:conformance>\n");
        xml.Append("<dc:format>application/pdf</dc:format>\n");
        Alt(xml, "dc:title", metadata.Title);
        Alt(xml, "dc:description", metadata.Subject);
        if (!string.IsNullOrEmpty(metadata.Author))
        {
            xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(metadata.Keywords))
        {
            xml.Append("<dc:subject><rdf:Bag><rdf:li>").Append(Escape(metadata.Keywords)).Append("</rdf:li></rdf:Bag></dc:subject>\n");
            Simple(xml, "pdf:Keywords", metadata.Keywords);
        }

        if (!string.IsNullOrEmpty(metadata.Language))
        {
            xml.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(metadata.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        }

        Simple(xml, "xmp:CreatorTool", metadata.Creator);
        Simple(xml, "pdf:Producer", producer);
        Simple(xml, "xmp:CreateDate", Date(metadata.Created));
        Simple(xml, "xmp:ModifyDate", Date(metadata.Modified));
        Simple(xml, "xmp:MetadataDate", Date(metadata.Modified));
        Simple(xml, "xmpMM:DocumentID", id);
        Simple(xml, "xmpMM:InstanceID", id);
        xml.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>An XMP date in UTC, the same instant as the information dictionary's <c>D:…+00'00'</c>.</summary>
    private static string? Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static void Alt(StringBuilder xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.Append('<').Append(name).Append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(value))
                .Append("</rdf:li></rdf:Alt></").Append(name).Append(">\n");
        }
    }

    private static void Simple(StringBuilder xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append(">\n");
        }
    }

    // XML 1.0 has no form for most control characters: they are left out.
    private static string Escape(string value) =>
        SecurityElement.Escape(new string(value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()));
}
