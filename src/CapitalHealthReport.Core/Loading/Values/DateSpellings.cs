using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Date spellings the <see cref="DateParser"/> rewrites into forms it reads: English ordinal days ("March 5th, 2024")
/// and Japanese era years ("令和6年3月5日").
/// </summary>
internal static class DateSpellings
{
    /// <summary><paramref name="text"/> with the English ordinal endings of its numbers dropped ("5th" is 5, "1st" is 1).</summary>
    public static string WithoutOrdinals(ReadOnlySpan<char> text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ending = i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && (i + 2 == text.Length || !char.IsAsciiLetter(text[i + 2]))
                ? text.Slice(i, 2)
                : default;
            if (ending.Equals("st", StringComparison.OrdinalIgnoreCase) || ending.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || ending.Equals("rd", StringComparison.OrdinalIgnoreCase) || ending.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }

            kept.Append(text[i]);
        }

        return kept.ToString();
    }

    /// <summary><paramref name="text"/> with a Reiwa or Heisei era year written as its Gregorian year; null for other text.</summary>
    public static string? JapaneseEra(ReadOnlySpan<char> text)
    {
        var offset = text.StartsWith("令和") ? 2018 : text.StartsWith("平成") ? 1988 : 0;
        if (offset == 0)
        {
            return null;
        }

        var rest = text[2..];
        var yearEnd = rest.IndexOf('年');
        if (yearEnd <= 0)
        {
            return null;
        }

        var year = rest[..yearEnd];
        if (year.SequenceEqual("元"))
        {
            return string.Concat((offset + 1).ToString(CultureInfo.InvariantCulture), rest[yearEnd..]);
        }

        return year.Length <= 2 && DateParser.TryDigits(year, out var n) && n > 0
            ? string.Concat((offset + n).ToString(CultureInfo.InvariantCulture), rest[yearEnd..])
            : null;
    }
}
