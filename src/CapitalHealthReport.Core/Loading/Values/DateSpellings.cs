using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Date spellings the <see cref="DateParser"/> rewrites into forms it reads: English ordinal days ("March 5th, 2024"),
/// abbreviated months with a dot or as <c>Sept</c> ("Mar. 5, 2024", "Sept 5, 2024"), months named in German, French,
/// Spanish, Italian or Portuguese ("5. März 2024", "1er mars 2024", "5 de marzo de 2024"), and Japanese era years
/// ("令和6年3月5日").
/// </summary>
internal static class DateSpellings
{
    // The English abbreviation of each month's name and common abbreviations in English (as "Sept" and "Mar." write
    // them), German, French, Spanish, Italian and Portuguese; lower case, without a dot. No name means two months.
    private static readonly Dictionary<string, string> Months = BuildMonths();

    /// <summary>
    /// <paramref name="text"/> with its month named as the English formats read it, the dot or the French ordinal
    /// ending of its day dropped (<c>5.</c>, <c>1er</c>) and the Spanish and Portuguese <c>de</c> left out: "5. März 2024"
    /// is "5 Mar 2024", "Sept. 5, 2024" is "Sep 5, 2024", "5 de marzo de 2024" is "5 Mar 2024"; null when no word of
    /// it names a month.
    /// </summary>
    public static string? MonthInEnglish(ReadOnlySpan<char> text)
    {
        var kept = new List<string>();
        var found = false;
        foreach (var word in text.ToString().Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = word.EndsWith(',') ? "," : "";
            var bare = word.TrimEnd('.', ',');
            var key = bare.ToLowerInvariant();
            if (Months.TryGetValue(key, out var month))
            {
                kept.Add(month + comma);
                found = true;
            }
            else if (key is not ("de" or "del"))
            {
                kept.Add((key.Length > 2 && char.IsAsciiDigit(key[0]) && key.EndsWith("er", StringComparison.Ordinal) ? key[..^2] : bare) + comma);
            }
        }

        return found ? string.Join(' ', kept) : null;
    }

    /// <summary>
    /// The month and the two digits of a month name followed by two digits (<c>Mar-25</c>, <c>Mar 25</c>, <c>März-25</c>),
    /// which may be March 2025 or 25 March; null for other text.
    /// </summary>
    public static (string Month, string Digits)? MonthAndTwoDigits(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny("- '’");
        if (at < 3 || text.Length - at - 1 < 2 || !DateParser.TryDigits(text[(at + 1)..].TrimStart(" '’"), out _) || text[(at + 1)..].TrimStart(" '’").Length != 2)
        {
            return null;
        }

        return Months.TryGetValue(text[..at].TrimEnd('.').ToString().ToLowerInvariant(), out var month) ? (month, text[^2..].ToString()) : null;
    }

    private static Dictionary<string, string> BuildMonths()
    {
        string[][] names =
        [
            ["jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro"],
            ["feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev"],
            ["mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco"],
            ["apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio"],
            ["jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
            ["jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
            ["aug", "august", "août", "aout", "agosto", "ago"],
            ["sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
            ["nov", "novembre", "noviembre", "novembro"],
            ["dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
        ];
        string[] english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        var months = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months.Add(name, english[i]);
            }
        }

        return months;
    }

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
