namespace CapitalHealthReport.Loading;

/// <summary>
/// Compound Chinese, Japanese and Korean amounts: a sum of sections, each before its unit (<c>1亿2000万</c> is
/// 1 × 10⁸ + 2000 × 10⁴; <c>12億3,400万</c>, <c>30억 5천만</c>), a section being digits or numerals with
/// 千/百/十 (<c>两千五百万</c> is 2500 × 10⁴, <c>1亿2千万</c>).
/// </summary>
internal sealed partial class AmountParser
{
    private const string Numerals = "零〇一二两兩三四五六七八九";

    private static readonly decimal[] NumeralValues = [0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9];

    private static readonly System.Buffers.SearchValues<char> NumeralsOrSmallUnits = System.Buffers.SearchValues.Create(Numerals + "千仟천百佰백十拾십");

    /// <summary>Whether a unit is followed by more of the number (<c>1亿2000万</c>, <c>两千五百万</c>), not only by units (<c>5千万</c>, <c>1万亿</c>).</summary>
    private static bool IsCompound(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (IsUnitChar(text[i]) && (char.IsAsciiDigit(text[i + 1]) || Numerals.Contains(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a compound amount: the sections before 亿 and before 万 (each possibly with 千/百/十), then the rest.</summary>
    private bool TryCompound(string text, out decimal value, ref NumberEvidence evidence)
    {
        value = 0;
        var rest = text.AsSpan();
        foreach (var (units, multiplier) in new[] { ("亿億억", 100_000_000m), ("万萬만", 10_000m) })
        {
            var at = rest.IndexOfAny(units);
            if (at < 0)
            {
                continue;
            }

            var head = rest[..at];
            decimal section;
            if (head.IsEmpty)
            {
                section = 1m;
            }
            else if (multiplier > 10_000m && head.IndexOfAny("万萬만") >= 0)
            {
                // "1万2000亿": the section before 亿 is itself compound.
                if (!TryCompound(head.ToString(), out section, ref evidence))
                {
                    return false;
                }
            }
            else if (!TrySection(head, out section, ref evidence))
            {
                return false;
            }

            value += section * multiplier;
            rest = rest[(at + 1)..];
        }

        if (rest.IsEmpty)
        {
            return value > 0;
        }

        // A lone numeral after a unit ("两亿五") is said for 2.5亿 as often as for 200,000,005: not read.
        if (rest.Length == 1 && Numerals.Contains(rest[0]))
        {
            return false;
        }

        if (!TrySection(rest, out var last, ref evidence))
        {
            return false;
        }

        value += last;
        return true;
    }

    /// <summary>
    /// A section below a big unit: digits (<c>3,400</c>), or numerals or digits each with 千/百/十 (<c>两千五百</c>,
    /// <c>5천</c>, <c>十五</c>); 零 stands between terms (<c>一千零五十</c>). A number after 百 or 千 without a unit of
    /// its own (<c>两千五</c>: 2,500 or 2,005) is not read.
    /// </summary>
    private bool TrySection(ReadOnlySpan<char> text, out decimal value, ref NumberEvidence evidence)
    {
        value = 0;
        if (text.IndexOfAny(NumeralsOrSmallUnits) < 0)
        {
            return TryDigits(text, out value, ref evidence);
        }

        var i = 0;
        var lastUnit = 0m;
        var afterZero = false;
        while (i < text.Length)
        {
            var start = i;
            decimal digit = 0;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
            {
                i++;
            }

            if (i > start)
            {
                if (!TryDigits(text[start..i], out digit, ref evidence))
                {
                    return false;
                }
            }
            else if (Numerals.IndexOf(text[i]) is var numeral and >= 0)
            {
                digit = NumeralValues[numeral];
                i++;
            }

            var given = i > start;
            var unit = i < text.Length ? SmallUnit(text[i]) : 0m;
            if (unit > 0m)
            {
                value += (given ? digit : 1m) * unit;
                lastUnit = unit;
                afterZero = false;
                i++;
                continue;
            }

            if (!given)
            {
                return false;
            }

            if (digit == 0m && i < text.Length)
            {
                afterZero = true;
                continue;
            }

            if (i < text.Length || !(start == 0 || afterZero || lastUnit == 10m))
            {
                return false;
            }

            value += digit;
        }

        return true;
    }

    private static decimal SmallUnit(char c) => c switch
    {
        '千' or '仟' or '천' => 1000m,
        '百' or '佰' or '백' => 100m,
        '十' or '拾' or '십' => 10m,
        _ => 0m,
    };
}
