using System.Text;

namespace CapitalHealthReport.Pdf.Output;

/// <summary>PDF lexical forms the finishing step writes: text strings.</summary>
internal static class PdfSyntax
{
    /// <summary>A text string: ASCII printable text as a literal string, anything else as UTF-16BE with a byte-order mark in hex.</summary>
    public static string TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            var escaped = new StringBuilder(text.Length + 2).Append('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A language tag as a PDF text string, e.g. <c>(zh-CN)</c>.</summary>
    public static string Language(string tag) => TextString(tag);
}
