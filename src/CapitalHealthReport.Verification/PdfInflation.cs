using System.IO.Compression;
using System.Text;

namespace CapitalHealthReport.Verification;

/// <summary>
/// Checks, before a verified PDF is read back, that its compressed streams stay within a budget: each
/// <c>/FlateDecode</c> stream (also filtered twice or more) is inflated into a counter, never kept, and the reading
/// stops once the total passes the budget. A 1.8 MB compression bomb that would inflate to gigabytes is therefore
/// rejected after reading a few hundred megabytes at most. Streams with filters whose output the tool cannot bound
/// cheaply (<c>/LZWDecode</c>, <c>/RunLengthDecode</c>) are refused outright: the tool never writes them.
/// </summary>
internal static class PdfInflation
{
    private const int MaxLayers = 4;
    private const int DictionaryWindow = 4096;

    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] ObjKeyword = "obj"u8.ToArray();

    /// <summary>Null when every stream inflates within <paramref name="budget"/> bytes in all; otherwise why not.</summary>
    public static string? Check(byte[] pdf, long budget)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        long total = 0;
        var at = 0;
        while (at < pdf.Length)
        {
            var index = pdf.AsSpan(at).IndexOf(StreamKeyword);
            if (index < 0)
            {
                break;
            }

            index += at;
            at = index + StreamKeyword.Length;
            if ((index >= 3 && pdf.AsSpan(index - 3, 3).SequenceEqual("end"u8)) || !StartsData(pdf, at, out var data))
            {
                continue;
            }

            var dictionary = Dictionary(pdf, index);
            if (Contains(dictionary, "/LZWDecode") || Contains(dictionary, "/RunLengthDecode") || ContainsName(dictionary, "/LZW") || ContainsName(dictionary, "/RL"))
            {
                return "it has streams compressed with LZW or run-length encoding, which this tool never writes";
            }

            var layers = Math.Min(MaxLayers, Count(dictionary, "/FlateDecode") + CountName(dictionary, "/Fl"));
            if (layers == 0)
            {
                continue;
            }

            total += Inflated(pdf, data, layers, budget - total + 1);
            if (total > budget)
            {
                return $"its compressed streams expand to more than {Limits.ByteSize.Format(budget)}";
            }
        }

        return null;
    }

    /// <summary>The bytes one stream inflates to, counted up to <paramref name="cap"/>; a damaged stream counts what it gave.</summary>
    private static long Inflated(byte[] pdf, int start, int layers, long cap)
    {
        Stream stream = new MemoryStream(pdf, start, pdf.Length - start, writable: false);
        for (var i = 0; i < layers; i++)
        {
            stream = new ZLibStream(stream, CompressionMode.Decompress);
        }

        var buffer = new byte[1 << 16];
        long count = 0;
        try
        {
            using (stream)
            {
                int read;
                while (count < cap && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    count += read;
                }
            }
        }
        catch (InvalidDataException)
        {
        }

        return count;
    }

    private static bool StartsData(byte[] pdf, int at, out int data)
    {
        data = at;
        if (data < pdf.Length && pdf[data] == '\r')
        {
            data++;
        }

        if (data < pdf.Length && pdf[data] == '\n')
        {
            data++;
        }

        return data > at;
    }

    /// <summary>The text between the last <c>obj</c> keyword before <paramref name="streamAt"/> and the keyword.</summary>
    private static string Dictionary(byte[] pdf, int streamAt)
    {
        var from = Math.Max(0, streamAt - DictionaryWindow);
        var window = pdf.AsSpan(from, streamAt - from);
        var obj = window.LastIndexOf(ObjKeyword);
        return Encoding.Latin1.GetString(obj >= 0 ? window[(obj + ObjKeyword.Length)..] : window);
    }

    private static bool Contains(string text, string name) => text.Contains(name, StringComparison.Ordinal);

    private static int Count(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Occurrences of an abbreviated filter name (<c>/Fl</c>) not followed by more letters.</summary>
    private static int CountName(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool ContainsName(string text, string name) => CountName(text, name) > 0;
}
