using System.Text;

namespace CapitalHealthReport.Pdf.Layout;

/// <summary>
/// Makes the document-information dates independent of the machine's time zone. SkiaSharp writes the UTC
/// digits it is given but appends the process's local offset (<c>+08'00'</c> under Asia/Shanghai); the offset
/// always has the same length, so it is rewritten in place to <c>+00'00'</c> without moving any PDF object.
/// </summary>
internal static class PdfDates
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];
    private static readonly byte[] Utc = Encoding.ASCII.GetBytes("+00'00'");

    /// <summary>Rewrites the offset of every information date in <paramref name="pdf"/>; returns how many were rewritten.</summary>
    public static int NormalizeOffsets(Span<byte> pdf)
    {
        var rewritten = 0;
        foreach (var key in Keys)
        {
            var from = 0;
            while (true)
            {
                var at = pdf[from..].IndexOf(key);
                if (at < 0)
                {
                    break;
                }

                var offset = from + at + key.Length + 14; // yyyyMMddHHmmss
                if (offset + Utc.Length <= pdf.Length && IsOffset(pdf.Slice(offset, Utc.Length)))
                {
                    Utc.CopyTo(pdf.Slice(offset, Utc.Length));
                    rewritten++;
                }

                from = offset;
            }
        }

        return rewritten;
    }

    // Matches "+HH'mm'" or "-HH'mm'".
    private static bool IsOffset(ReadOnlySpan<byte> text) =>
        (text[0] == (byte)'+' || text[0] == (byte)'-') && char.IsAsciiDigit((char)text[1]) && char.IsAsciiDigit((char)text[2])
        && text[3] == (byte)'\'' && char.IsAsciiDigit((char)text[4]) && char.IsAsciiDigit((char)text[5]) && text[6] == (byte)'\'';
}
