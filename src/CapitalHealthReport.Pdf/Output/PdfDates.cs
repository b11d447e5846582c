using System.Text;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// Makes the dates Skia writes independent of the machine's time zone. SkiaSharp writes the UTC digits it is given but
/// appends the process's local offset (<c>+08'00'</c> under Asia/Shanghai in the information dictionary, <c>+08:00</c> in
/// XMP); the offset always has the same length, so it is rewritten in place to UTC without moving any PDF object.
/// </summary>
internal static class PdfDates
{
    private static readonly (byte[] Key, int Digits, byte[] Utc)[] Dates =
    [
        (Encoding.ASCII.GetBytes("/CreationDate (D:"), 14, Encoding.ASCII.GetBytes("+00'00'")), // yyyyMMddHHmmss
        (Encoding.ASCII.GetBytes("/ModDate (D:"), 14, Encoding.ASCII.GetBytes("+00'00'")),
        (Encoding.ASCII.GetBytes("<xmp:CreateDate>"), 19, Encoding.ASCII.GetBytes("+00:00")), // yyyy-MM-ddTHH:mm:ss
        (Encoding.ASCII.GetBytes("<xmp:ModifyDate>"), 19, Encoding.ASCII.GetBytes("+00:00")),
    ];

    /// <summary>Rewrites the offset of every information and XMP date in <paramref name="pdf"/>; returns how many were rewritten.</summary>
    public static int NormalizeOffsets(Span<byte> pdf)
    {
        var rewritten = 0;
        foreach (var (key, digits, utc) in Dates)
        {
            var from = 0;
            while (true)
            {
                var at = pdf[from..].IndexOf(key);
                if (at < 0)
                {
                    break;
                }

                var offset = from + at + key.Length + digits;
                if (offset + utc.Length <= pdf.Length && IsOffset(pdf.Slice(offset, utc.Length), utc[3]))
                {
                    utc.CopyTo(pdf.Slice(offset, utc.Length));
                    rewritten++;
                }

                from = offset;
            }
        }

        return rewritten;
    }

    // Matches "+HH'mm'" / "-HH'mm'" (separator ') or "+HH:mm" / "-HH:mm" (separator :).
    private static bool IsOffset(ReadOnlySpan<byte> text, byte separator) =>
        (text[0] == (byte)'+' || text[0] == (byte)'-') && char.IsAsciiDigit((char)text[1]) && char.IsAsciiDigit((char)text[2])
        && text[3] == separator && char.IsAsciiDigit((char)text[4]) && char.IsAsciiDigit((char)text[5])
        && (text.Length == 6 || text[6] == (byte)'\'');
}
