using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>
/// The PDF name of a heading's anchor, used alike by the named destination, the links to it and the outline: letters,
/// digits, <c>.</c>, <c>_</c> and <c>-</c> as they are, every other UTF-8 byte as <c>~XX</c> (so <c>区域 #1</c> and any
/// other anchor stay distinct, and every reader resolves the name the same way).
/// </summary>
internal static class DestinationNames
{
    public static string Of(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.All(IsPlain))
        {
            return anchor;
        }

        var name = new StringBuilder(anchor.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(anchor))
        {
            if (b < 0x80 && IsPlain((char)b))
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
