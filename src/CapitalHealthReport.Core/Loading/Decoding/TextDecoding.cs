using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace CapitalHealthReport.Loading;

/// <summary>The encoding chosen for a text deals file, the offset after its byte-order mark, the lines that held invalid bytes, and why it was chosen.</summary>
internal sealed record DecodedText(Encoding Encoding, int Offset, IReadOnlyList<int> InvalidLines)
{
    /// <summary>Why this encoding: a byte-order mark, the mapping, valid UTF-8, or the scores of <c>auto</c>.</summary>
    public string Reason { get; init; } = "";
}

/// <summary>
/// Chooses and checks the text encoding of a deals file: byte-order marks, an explicit name from the mapping,
/// <c>auto</c> (valid UTF-8, else the best-scoring candidate of <see cref="EncodingDetector"/>), or UTF-8 by
/// default — refusing files that are clearly in another encoding rather than decoding them into garbage.
/// </summary>
internal static class TextDecoding
{
    private static readonly bool Registered = Register();

    /// <summary>Registers the code-page encodings (GB18030, GBK, windows-125x, …) once per process.</summary>
    public static void EnsureRegistered() => _ = Registered;

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    public static Encoding ResolveEncoding(string name, string file, int? line, int? column)
    {
        EnsureRegistered();
        var normalized = name.Trim().ToLowerInvariant();
        if (normalized is "utf8" or "utf-8")
        {
            return new UTF8Encoding(false, false);
        }

        // The names spreadsheets and editors use for the code pages .NET knows by others.
        normalized = normalized switch
        {
            "gbk" or "gb2312" or "cp936" => "gb18030",
            "cp949" or "uhc" or "windows-949" => "ks_c_5601-1987",
            "sjis" or "cp932" or "windows-31j" => "shift_jis",
            "cp950" => "big5",
            _ => normalized,
        };

        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // .NET knows UTF-7 but refuses it (NotSupportedException): its shifted text can smuggle markup past checks.
            var reason = e is NotSupportedException ? "is not supported (UTF-7 is disabled for safety)" : "is not an encoding this tool knows";
            throw new InputException($"'encoding: {name}' {reason}.", file, line, column, "Use utf-8, gb18030 (gbk), big5, shift_jis, cp949 (euc-kr), windows-1252, iso-8859-1, utf-16 or auto.");
        }
    }

    /// <summary>
    /// Picks the encoding. <paramref name="requested"/> is the mapping's <c>encoding:</c> (null when absent).
    /// Throws when no encoding was requested and the bytes are clearly not UTF-8.
    /// </summary>
    public static DecodedText Choose(byte[] bytes, string? requested, string file, string? mappingFile, int? mappingLine, int? mappingColumn)
    {
        EnsureRegistered();
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Check(bytes, 3, new UTF8Encoding(false, false)) with { Reason = "UTF-8 byte-order mark" };
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode, 2, []) { Reason = "UTF-16 little-endian byte-order mark" };
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode, 2, []) { Reason = "UTF-16 big-endian byte-order mark" };
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return Check(bytes, 4, Encoding.GetEncoding("gb18030")) with { Reason = "GB18030 byte-order mark" };
        }

        if (requested is not null && !string.Equals(requested, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return Check(bytes, 0, ResolveEncoding(requested, mappingFile ?? file, mappingLine, mappingColumn)) with { Reason = $"set by the mapping (encoding: {requested})" };
        }

        var utf8 = Check(bytes, 0, new UTF8Encoding(false, false));
        if (utf8.InvalidLines.Count == 0)
        {
            return utf8 with { Reason = bytes.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0 ? "only ASCII bytes" : "valid UTF-8 throughout" };
        }

        if (requested is not null)
        {
            var guess = EncodingDetector.Detect(bytes);
            var reason = string.Create(CultureInfo.InvariantCulture, $"auto: not UTF-8 ({utf8.InvalidLines.Count} lines with invalid bytes, first at line {utf8.InvalidLines[0]}); {guess.Reason}");
            return guess.Encoding is UTF8Encoding
                ? utf8 with { Reason = reason }
                : Check(bytes, 0, guess.Encoding) with { Reason = reason };
        }

        // Many such lines, or any in the first line (the column names, which decide what every value means), say the
        // file is in another encoding; a few stray bytes further down are read as U+FFFD and reported.
        var totalLines = CountLines(bytes);
        if (utf8.InvalidLines.Count > Math.Max(20, totalLines / 100) || utf8.InvalidLines[0] == 1)
        {
            var guess = EncodingDetector.Detect(bytes).Encoding.WebName;
            throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"is not UTF-8: {utf8.InvalidLines.Count} of {totalLines} lines hold bytes that are invalid in UTF-8 ")
                    + (utf8.InvalidLines[0] == 1 ? "(the first, the column names, among them)." : string.Create(CultureInfo.InvariantCulture, $"(first at line {utf8.InvalidLines[0]}).")),
                file,
                hint: SettingText.Of($"The file looks like {guess}{(guess == "gb18030" ? " (GBK)" : "")}; add 'encoding: {guess}' (or 'encoding: auto') to a mapping file and pass it with {Settings.Mapping}."));
        }

        return utf8 with { Reason = string.Create(CultureInfo.InvariantCulture, $"UTF-8, the default; {utf8.InvalidLines.Count} lines hold invalid bytes (read as U+FFFD)") };
    }

    /// <summary>Counts the physical lines (CR, LF or CRLF) that hold sequences invalid in <paramref name="encoding"/>.</summary>
    private static DecodedText Check(byte[] bytes, int offset, Encoding encoding)
    {
        var invalid = new List<int>();
        var span = bytes.AsSpan(offset);
        if (encoding is UTF8Encoding)
        {
            if (Utf8.IsValid(span))
            {
                return new DecodedText(encoding, offset, invalid);
            }

            ForEachLine(span, static (line, number, list) =>
            {
                if (!Utf8.IsValid(line))
                {
                    list.Add(number);
                }
            }, invalid);
        }
        else if (encoding.CodePage == 54936)
        {
            ForEachLine(span, static (line, number, list) =>
            {
                if (!IsValidGb18030(line))
                {
                    list.Add(number);
                }
            }, invalid);
        }

        return new DecodedText(encoding, offset, invalid);
    }

    private delegate void LineAction(ReadOnlySpan<byte> line, int number, List<int> state);

    private static void ForEachLine(ReadOnlySpan<byte> span, LineAction action, List<int> state)
    {
        var number = 1;
        while (true)
        {
            var end = span.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                action(span, number, state);
                return;
            }

            action(span[..end], number, state);
            var skip = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1;
            span = span[(end + skip)..];
            number++;
        }
    }

    public static int CountLines(ReadOnlySpan<byte> span)
    {
        var count = 1;
        while (true)
        {
            var end = span.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                return span.Length == 0 ? count - 1 : count;
            }

            var skip = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1;
            span = span[(end + skip)..];
            count++;
        }
    }

    /// <summary>GB18030 structure: ASCII, two-byte (81–FE, 40–7E/80–FE) or four-byte (81–FE, 30–39, 81–FE, 30–39) sequences.</summary>
    private static bool IsValidGb18030(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length)
        {
            var b = line[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (b is 0x80 or 0xFF || i + 1 >= line.Length)
            {
                return false;
            }

            var b2 = line[i + 1];
            if (b2 is >= 0x40 and <= 0xFE and not 0x7F)
            {
                i += 2;
                continue;
            }

            if (b2 is >= 0x30 and <= 0x39 && i + 3 < line.Length && line[i + 2] is >= 0x81 and <= 0xFE && line[i + 3] is >= 0x30 and <= 0x39)
            {
                i += 4;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Refuses files that are not text: NUL bytes or many control characters near the start (not for UTF-16).</summary>
    public static void RejectBinary(byte[] bytes, string file)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return;
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 65536));
        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            throw new InputException("is a ZIP archive (an XLSX workbook?), not a text file.", file, hint: "Give an .xlsx file its .xlsx extension, or set 'format: xlsx' in the mapping.");
        }

        var nul = head.IndexOf((byte)0);
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                controls++;
            }
        }

        if (nul >= 0 || controls > head.Length / 100)
        {
            throw new InputException(
                nul >= 0
                    ? string.Create(CultureInfo.InvariantCulture, $"is not a text file (a NUL byte at offset {nul}).")
                    : string.Create(CultureInfo.InvariantCulture, $"is not a text file ({controls} control bytes in the first {head.Length} bytes)."),
                file,
                hint: "Pass a CSV, TSV, XLSX, JSON Lines or Parquet export; for UTF-16 text save it with a byte-order mark.");
        }
    }
}
