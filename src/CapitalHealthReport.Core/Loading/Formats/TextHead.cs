using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The first bytes of a text export decoded as the loader reads the file with <c>encoding: auto</c>, for tools that
/// look at an export before a mapping exists (<c>init</c>): a byte-order mark, else valid UTF-8, else the encoding that
/// scores highest (GB18030, Big5, Shift-JIS, Korean CP949, Windows-1252, MacRoman).
/// </summary>
/// <param name="Encoding">The name a mapping's <c>encoding:</c> takes: <c>utf-8</c>, <c>utf-16</c>, <c>utf-16be</c>, <c>gb18030</c>, <c>big5</c>, <c>shift_jis</c>, <c>ks_c_5601-1987</c> (CP949), <c>windows-1252</c> or <c>macintosh</c>.</param>
/// <param name="Text">The decoded text, without a byte-order mark; when the head ends before the file does, without its last, partial line.</param>
/// <param name="LinesWithInvalidBytes">Lines of the text holding bytes that are invalid in the encoding (checked for UTF-8 and GB18030).</param>
/// <param name="Reason">Why this encoding, as <c>data validate</c> words it.</param>
public sealed record TextHead(string Encoding, string Text, int LinesWithInvalidBytes, string Reason)
{
    /// <summary>Decodes <paramref name="head"/>; <paramref name="cutOff"/> says the file goes on after it.</summary>
    public static TextHead Decode(byte[] head, bool cutOff)
    {
        ArgumentNullException.ThrowIfNull(head);
        var utf16 = head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (cutOff && !utf16)
        {
            // In every candidate but UTF-16 a line break is one byte that no multi-byte character contains.
            var lastBreak = head.AsSpan().LastIndexOfAny((byte)'\n', (byte)'\r');
            head = lastBreak > 0 ? head[..lastBreak] : head;
        }

        var decoded = TextDecoding.Choose(head, "auto", "", null, null, null);
        var length = head.Length - decoded.Offset;
        var text = decoded.Encoding.GetString(head, decoded.Offset, utf16 ? length & ~1 : length);
        if (cutOff && utf16)
        {
            var lastBreak = text.AsSpan().LastIndexOfAny('\n', '\r');
            text = lastBreak > 0 ? text[..lastBreak] : text;
        }

        return new TextHead(MappingName(decoded.Encoding), text, decoded.InvalidLines.Count, decoded.Reason);
    }

    private static string MappingName(Encoding encoding) => encoding switch
    {
        UTF8Encoding => "utf-8",
        UnicodeEncoding { CodePage: 1201 } => "utf-16be",
        UnicodeEncoding => "utf-16",
        _ => encoding.WebName.ToLowerInvariant(),
    };
}
