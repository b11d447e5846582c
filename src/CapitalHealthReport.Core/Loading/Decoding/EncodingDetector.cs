using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>One candidate encoding's score over a sample, as <c>data validate</c> shows it.</summary>
internal readonly record struct EncodingScore(string Name, int Score, int Invalid);

/// <summary>The encoding <see cref="EncodingDetector"/> chose, why, and how every candidate scored.</summary>
internal sealed record EncodingGuess(Encoding Encoding, string Reason, IReadOnlyList<EncodingScore> Scores);

/// <summary>
/// Guesses the encoding of text without a byte-order mark by scoring every candidate (UTF-8, GB18030, Big5, Shift-JIS,
/// Korean CP949, Windows-1252, MacRoman) over the whole sample, not by the first bytes or the fewest errors alone: invalid sequences
/// cost most; a double-byte character counts for a CJK encoding only where such text has it (GB2312 hanzi, Big5 common
/// characters, kanji and kana, Hangul), and against it when it sits inside a Latin word (<c>BYJU'S</c> in Windows-1252 would be
/// <c>BYJU扴</c> in GB18030); a Latin letter or typographic mark beside letters counts for a single-byte encoding.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>Bytes scored: enough for every kind of line an export holds, bounded for multi-gigabyte files.</summary>
    public const int SampleBytes = 8 << 20;

    private const int InvalidCost = 6;

    private static readonly string[] Candidates = ["utf-8", "gb18030", "big5", "shift_jis", "ks_c_5601-1987", "windows-1252", "macintosh"];

    public static EncodingGuess Detect(ReadOnlySpan<byte> bytes)
    {
        TextDecoding.EnsureRegistered();
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var sequences = 0;
        foreach (var b in sample)
        {
            sequences += b >= 0x80 ? 1 : 0;
        }

        var scores = new List<EncodingScore>(Candidates.Length);
        foreach (var name in Candidates)
        {
            var (score, invalid) = name switch
            {
                "utf-8" => ScoreUtf8(sample),
                "gb18030" or "big5" or "shift_jis" or "ks_c_5601-1987" => ScoreDoubleByte(sample, name),
                _ => ScoreSingleByte(sample, Encoding.GetEncoding(name)),
            };
            scores.Add(new EncodingScore(name, score, invalid));
        }

        // Highest score wins; ties keep the candidates' order (UTF-8, then the Chinese encodings this tool meets most).
        var best = scores.Select((s, i) => (s, i)).OrderByDescending(p => p.s.Score).ThenBy(p => p.i).First().s;
        var encoding = best.Name == "utf-8" ? new UTF8Encoding(false, false) : Encoding.GetEncoding(best.Name);
        var others = string.Join(", ", scores.Where(s => s.Name != best.Name).OrderByDescending(s => s.Score).Select(s => Invariant($"{s.Name} {s.Score:+0;-0;0}")));
        var reason = sequences == 0
            ? "only ASCII bytes"
            : Invariant($"scored highest over {sequences:N0} non-ASCII bytes: {best.Name} {best.Score:+0;-0;0}{(best.Invalid > 0 ? Invariant($" ({best.Invalid} invalid)") : "")}; {others}");
        return new EncodingGuess(encoding, reason, scores);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static (int Score, int Invalid) ScoreUtf8(ReadOnlySpan<byte> bytes)
    {
        int score = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                score += 3 * consumed;
                i += consumed;
            }
            else
            {
                score -= InvalidCost;
                invalid++;
                i += Math.Max(1, consumed);
            }
        }

        return (score, invalid);
    }

    private static (int Score, int Invalid) ScoreDoubleByte(ReadOnlySpan<byte> bytes, string name)
    {
        int score = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (name == "shift_jis" && lead is >= 0xA1 and <= 0xDF)
            {
                // Half-width katakana: rare in exports, common as Latin-1 letters.
                score -= 1;
                i++;
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                score -= InvalidCost;
                invalid++;
                break;
            }

            var trail = bytes[i + 1];
            if (name == "gb18030" && trail is >= 0x30 and <= 0x39 && lead is >= 0x81 and <= 0xFE)
            {
                var four = i + 3 < bytes.Length && bytes[i + 2] is >= 0x81 and <= 0xFE && bytes[i + 3] is >= 0x30 and <= 0x39;
                score += four ? -1 : -InvalidCost;
                invalid += four ? 0 : 1;
                i += four ? 4 : 1;
                continue;
            }

            var weight = PairWeight(name, lead, trail);
            if (weight is null)
            {
                score -= InvalidCost;
                invalid++;
                i++;
                continue;
            }

            // A character whose bytes sit between Latin letters is a Latin word read as CJK.
            var insideWord = i > 0 && char.IsAsciiLetter((char)bytes[i - 1]) && char.IsAsciiLetter((char)trail);
            score += insideWord ? -2 : weight.Value;
            i += 2;
        }

        return (score, invalid);
    }

    /// <summary>How typical a valid two-byte character is of the encoding's text (2 common, 1 symbols, ≤ 0 rare); null when invalid.</summary>
    private static int? PairWeight(string name, byte lead, byte trail) => name switch
    {
        "gb18030" => lead is < 0x81 or 0xFF || trail is < 0x40 or 0x7F or 0xFF ? null
            : lead is >= 0xB0 and <= 0xF7 && trail >= 0xA1 ? 2
            : lead is >= 0xA1 and <= 0xA9 && trail >= 0xA1 ? 1
            : trail < 0x80 ? -2 : -1,
        "big5" => lead is < 0x81 or 0xFF || trail is < 0x40 or (> 0x7E and < 0xA1) or 0xFF ? null
            : lead is >= 0xA4 and <= 0xC6 ? 2
            : lead is >= 0xA1 and <= 0xA3 or (>= 0xC9 and <= 0xF9) ? 1
            : -2,
        // Korean (CP949): the 2,350 common Hangul syllables (B0–C8) count most, since GB2312 reads the same bytes as
        // common hanzi; Hanja (CA–FD), rare in Korean text but where a third of Chinese text's bytes fall, count against.
        "ks_c_5601-1987" => lead is < 0x81 or 0xFF || trail is < 0x41 or (> 0x5A and < 0x61) or (> 0x7A and < 0x81) or 0xFF ? null
            : lead is >= 0xB0 and <= 0xC8 && trail >= 0xA1 ? 3
            : lead is >= 0xA1 and <= 0xAC && trail >= 0xA1 ? 1
            : lead is >= 0xCA and <= 0xFD && trail >= 0xA1 ? -1
            : 0,
        _ => lead is (< 0x81) or (> 0x9F and < 0xE0) or (> 0xFC) || trail is < 0x40 or 0x7F or > 0xFC ? null
            : lead is >= 0x82 and <= 0x83 or (>= 0x88 and <= 0x9F) or (>= 0xE0 and <= 0xEA) ? 2
            : lead == 0x81 ? 1
            : -1,
    };

    private static (int Score, int Invalid) ScoreSingleByte(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        Span<char> table = stackalloc char[128];
        Span<byte> high = stackalloc byte[128];
        for (var b = 0; b < 128; b++)
        {
            high[b] = (byte)(b + 128);
        }

        encoding.GetChars(high, table);
        int score = 0, invalid = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            var c = table[bytes[i] - 128];
            var before = i > 0 ? (char)bytes[i - 1] : ' ';
            var after = i + 1 < bytes.Length ? (char)bytes[i + 1] : ' ';
            var letterBeside = char.IsAsciiLetter(before) || char.IsAsciiLetter(after);
            if (char.IsControl(c) || c == '\uFFFD')
            {
                score -= InvalidCost;
                invalid++;
            }
            else if (char.IsLetter(c))
            {
                var neighbour = char.IsAsciiLetter(before) ? before : after;
                score += !letterBeside ? 0 : char.IsUpper(c) == char.IsUpper(neighbour) ? 2 : 1;
            }
            else if (c is '’' or '‘' or '“' or '”' or '–' or '—' or '…' or '€' or '•' or '«' or '»' or '°' or '·' or '™' or '®' or '©')
            {
                score += letterBeside ? 2 : 1;
            }
            else
            {
                score -= 1;
            }
        }

        return (score, invalid);
    }
}
