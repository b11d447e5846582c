using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Parses amounts as deal exports write them: plain and grouped numbers (<c>1,234,567.5</c>, Indian
/// <c>20,00,00,000</c>, <c>3.000.000</c>, <c>1'234'567</c>), full-width digits, Chinese units (<c>3.5亿</c>,
/// <c>5000万</c>, <c>两千万</c>; the traditional and Japanese <c>5000萬</c>, <c>3億円</c>; Korean <c>30억 원</c>), English, European and Indian units (<c>1.2M</c>, <c>3 bn</c>, <c>2,7 Mio.</c>,
/// <c>1 Mrd.</c>, <c>5 crore</c>, <c>50 lakh</c>), a currency word or sign anywhere (<c>1.2亿美元</c>, <c>$5M</c>,
/// <c>EUR 3 Mio.</c>, <c>Rs. 5 Cr</c>, <c>RM 5 juta</c>, <c>R 10m</c>), ranges (<c>1-2亿</c>) and vague amounts (<c>数千万</c>, <c>近亿元</c>,
/// <c>超亿元</c>) as midpoint estimates, and undisclosed markers in several languages, with or without a currency
/// word (<c>未透露人民币</c>). The decimal separator is the column's (<see cref="NumberStyle"/>): given by the mapping,
/// or, when null, the one each value suggests, with its <see cref="NumberEvidence"/> so that the column can be decided.
/// </summary>
internal sealed partial class AmountParser
{
    /// <summary>Amounts above this (10¹⁵ currency units) are refused as implausible.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    // Longest first: a currency word is removed from the text (spaces already removed) once found; "2 millions d'euros",
    // "1,5 millones de euros" and "3 milioni di euro" lose their "of".
    private static readonly (string Token, string Currency)[] CurrencyTokens =
    [
        ("米ドル", "USD"), ("ドル", "USD"), ("ユーロ", "EUR"), ("dedólares", "USD"), ("dedolares", "USD"), ("d'euros", "EUR"), ("deeuros", "EUR"), ("dieuro", "EUR"),
        ("人民币", "CNY"), ("人民幣", "CNY"), ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"),
        ("欧元", "EUR"), ("歐元", "EUR"), ("英镑", "GBP"), ("英鎊", "GBP"), ("日元", "JPY"), ("日币", "JPY"), ("日圓", "JPY"), ("円", "JPY"),
        ("新台币", "TWD"), ("新台幣", "TWD"), ("台币", "TWD"), ("台幣", "TWD"), ("韩元", "KRW"), ("韓元", "KRW"), ("원", "KRW"), ("₩", "KRW"),
        ("卢比", "INR"), ("新加坡元", "SGD"), ("us-dollar", "USD"), ("usdollar", "USD"), ("schweizerfranken", "CHF"), ("franken", "CHF"),
        ("pfund", "GBP"), ("sterling", "GBP"), ("pounds", "GBP"), ("pound", "GBP"), ("renminbi", "CNY"), ("yen", "JPY"), ("dollars", "USD"), ("dollar", "USD"), ("rupees", "INR"),
        ("rupee", "INR"), ("euros", "EUR"), ("euro", "EUR"), ("yuan", "CNY"), ("us$", "USD"), ("hk$", "HKD"), ("nt$", "TWD"), ("s$", "SGD"),
        ("au$", "AUD"), ("nz$", "NZD"), ("a$", "AUD"), ("c$", "CAD"), ("r$", "BRL"), ("mx$", "MXN"), ("brl", "BRL"), ("mxn", "MXN"), ("usd", "USD"), ("cny", "CNY"), ("rmb", "CNY"), ("hkd", "HKD"), ("eur", "EUR"), ("gbp", "GBP"),
        ("jpy", "JPY"), ("twd", "TWD"), ("ntd", "TWD"), ("krw", "KRW"), ("inr", "INR"), ("chf", "CHF"), ("sgd", "SGD"), ("aud", "AUD"), ("cad", "CAD"), ("nzd", "NZD"), ("myr", "MYR"), ("zar", "ZAR"), ("thb", "THB"),
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("฿", "THB"), ("¥", "CNY"), ("元", "CNY"),
    ];

    // Longest first among words that end alike; each must follow a digit or a separator.
    private static readonly (string Word, decimal Multiplier)[] UnitWords =
    [
        .. NordicUnitWords(),
        ("milhões", 1e6m), ("milhoes", 1e6m), ("milhão", 1e6m), ("milhao", 1e6m), ("milioni", 1e6m), ("milione", 1e6m),
        ("bilhões", 1e9m), ("bilhoes", 1e9m), ("bilhão", 1e9m), ("bilhao", 1e9m), ("millardos", 1e9m), ("millardo", 1e9m),
        ("miliardi", 1e9m), ("miliardo", 1e9m), ("mln", 1e6m), ("mld", 1e9m),
        ("thousand", 1e3m), ("millions", 1e6m), ("million", 1e6m), ("millones", 1e6m), ("millón", 1e6m), ("millon", 1e6m),
        ("milmillones", 1e9m), ("milliards", 1e9m), ("milliard", 1e9m), ("billions", 1e9m), ("billion", 1e9m), ("trillion", 1e12m),
        ("millionen", 1e6m), ("milliarden", 1e9m), ("tausend", 1e3m), ("tsd", 1e3m), ("juta", 1e6m), ("bilion", 1e9m),
        ("crores", 1e7m), ("crore", 1e7m), ("lakhs", 1e5m), ("lakh", 1e5m), ("lacs", 1e5m), ("lac", 1e5m), ("cr", 1e7m),
        ("mrds", 1e9m), ("mrd", 1e9m), ("mds", 1e9m), ("md", 1e9m), ("mio", 1e6m), ("bio", 1e12m), ("mn", 1e6m), ("mm", 1e6m),
        ("bn", 1e9m), ("tn", 1e12m), ("mi", 1e6m), ("bi", 1e9m), ("k", 1e3m), ("l", 1e5m), ("m", 1e6m), ("b", 1e9m),
    ];

    private readonly NumberStyle? _style;
    private readonly UndisclosedMarkers _undisclosed;
    private readonly bool _milThousands;
    private readonly string? _codeWithoutRate;

    /// <param name="style">The column's number format; null lets each value suggest one (and report its evidence).</param>
    /// <param name="undisclosed">Undisclosed markers (the built-in ones and the mapping's); null for the built-in ones.</param>
    /// <param name="milThousands">The column is written in Portuguese or Spanish, so that <c>mil</c> is a thousand in every value.</param>
    /// <param name="codeWithoutRate">
    /// A currency code the exchange-rate table has no rate for, read as a currency word (<c>COP 2.000 millones</c>) when
    /// every amount of the export is in it; null reads only the currencies with rates.
    /// </param>
    public AmountParser(NumberStyle? style = null, UndisclosedMarkers? undisclosed = null, bool milThousands = false, string? codeWithoutRate = null)
    {
        _style = style;
        _undisclosed = undisclosed ?? UndisclosedMarkers.Default;
        _milThousands = milThousands;
        _codeWithoutRate = codeWithoutRate;
    }

    /// <summary>The currency code without a rate this parser reads as a currency word, if any.</summary>
    public string? CodeWithoutRate => _codeWithoutRate;

    /// <summary>Whether <c>mil</c> is a thousand in every value (the column is written in Portuguese or Spanish).</summary>
    public bool MilThousands => _milThousands;

    /// <summary>The column's number format; null when each value suggests its own.</summary>
    public NumberStyle? Style => _style;

    /// <summary>The undisclosed markers this parser knows.</summary>
    public UndisclosedMarkers Undisclosed => _undisclosed;

    /// <summary>Each value's own format and the built-in markers.</summary>
    public static AmountParser Default { get; } = new();

    /// <summary>Parses with <see cref="Default"/>.</summary>
    public static ParsedAmount Parse(ReadOnlySpan<char> raw) => Default.Read(raw);

    public ParsedAmount Read(ReadOnlySpan<char> raw)
    {
        var text = raw.Trim();
        if (text.IsEmpty)
        {
            return new ParsedAmount(AmountStatus.Undisclosed, 0, null, false);
        }

        // Fast path: plain ASCII digits with an optional decimal point (in the column's format, or a lone point).
        if (IsPlainNumber(text) && (_style is null || _style.Value.Decimal == '.' || !text.Contains('.')) && TryPlain(text, out var plain))
        {
            var evidence = _style is null ? NumberStyle.Classify(text) : NumberEvidence.None;
            return plain > MaxAmount
                ? new ParsedAmount(AmountStatus.OutOfRange, 0, null, false) { Evidence = evidence }
                : new ParsedAmount(AmountStatus.Ok, plain, null, false) { Evidence = evidence };
        }

        try
        {
            return ParseSlow(text.ToString());
        }
        catch (OverflowException)
        {
            // Units, ranges or estimate factors applied to a value near decimal.MaxValue.
            return new ParsedAmount(AmountStatus.OutOfRange, 0, null, false);
        }
        catch (ArgumentException)
        {
            // Text with unpaired surrogates or noncharacters, which Unicode normalisation refuses: not a number.
            return new ParsedAmount(AmountStatus.NotANumber, 0, null, false);
        }
    }

    /// <summary>
    /// The value of a plain number (<see cref="IsPlainNumber"/>): up to 18 digits without a point straight from the digits,
    /// which is the value and scale <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>
    /// gives them, at a fraction of its cost (most amounts are such); anything else through it.
    /// </summary>
    private static bool TryPlain(ReadOnlySpan<char> text, out decimal value)
    {
        if (text.Length <= 18 && !text.Contains('.'))
        {
            var digits = 0UL;
            foreach (var c in text)
            {
                digits = (digits * 10) + (uint)(c - '0');
            }

            value = digits;
            return true;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots <= 1 && text.Length <= 40;
    }

    private ParsedAmount ParseSlow(string original)
    {
        // Most amounts (digits, 万, 亿, 美元, 未披露) are unchanged by NFKC; only the others pay for the normalisation.
        var folded = Text.NfkcFold.IsNfkcStable(original) ? original : original.Normalize(NormalizationForm.FormKC);
        var s = folded.Trim().ToLowerInvariant()
            .Replace('，', ',').Replace('．', '.').Replace('～', '~').Replace('－', '-').Replace('’', '\'');
        var compact = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        if (IsMarker(compact))
        {
            return new ParsedAmount(AmountStatus.Undisclosed, 0, null, false);
        }

        if (compact is "inf" or "+inf" or "-inf" or "infinity" or "-infinity" or "∞")
        {
            return new ParsedAmount(AmountStatus.OutOfRange, 0, null, false);
        }

        var words = compact;
        string? currency = null;
        if (LetterSign(compact) is { } sign)
        {
            currency = sign.Currency;
            compact = compact[sign.Length..];
        }

        var named = 0;
        string? namedBy = null;
        foreach (var (token, code) in CurrencyTokens)
        {
            var at = IndexOfToken(compact, token);
            if (at < 0)
            {
                continue;
            }

            namedBy ??= currency is null ? token : null;
            currency ??= code;
            named++;

            // Every time the word stands in the text: a range names the currency on both sides ("$1M - $2M").
            for (; at >= 0; at = IndexOfToken(compact, token))
            {
                // "1,2 Mio. Euro.": a full stop after the currency word that ends the text closes a sentence; it is no
                // decimal point, and it would otherwise meet the unit's own dot ("mio..").
                var length = token.Length + (at + token.Length == compact.Length - 1 && compact[^1] == '.' && at > 0 ? 1 : 0);
                compact = ThousandsBeforeCurrency(compact, at).Remove(at, length);
            }
        }

        if (currency is null && _codeWithoutRate is not null && IndexOfToken(compact, _codeWithoutRate.ToLowerInvariant()) is var codeAt and >= 0)
        {
            currency = _codeWithoutRate;
            compact = ThousandsBeforeCurrency(compact, codeAt).Remove(codeAt, _codeWithoutRate.Length);
        }

        var kronaSign = false;
        if (currency is null)
        {
            (compact, currency, kronaSign) = NordicCurrency(compact);
        }

        // "¥5000万" names yuan or yen; "¥5000万元" and "¥3億円" say which.
        var yenSign = named == 1 && namedBy == "¥";
        var mil = MilAsThousand(ref compact, currency, words);
        var parsed = ParseNumber(compact, currency);
        if (mil != MilReading.None && parsed.Status == AmountStatus.Ok)
        {
            parsed = parsed with { Mil = mil };
        }

        if (parsed.Status == AmountStatus.Ok && currency is null && EndsWithIndianUnit(compact))
        {
            parsed = parsed with { IndianUnit = true };
        }

        return yenSign ? parsed with { YenSign = true } : kronaSign && parsed.Currency is null ? parsed with { KronaSign = true } : parsed;
    }

    /// <summary>Reads the text left once the currency words are taken out: undisclosed markers, signs, ranges, vague and exact amounts.</summary>
    private ParsedAmount ParseNumber(string compact, string? currency)
    {
        compact = compact.Trim(',', ';');
        if (compact.Length == 0)
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        // "未透露人民币", "Undisclosed USD": a marker with a currency word is still a marker.
        if (currency is not null && IsMarker(compact))
        {
            return new ParsedAmount(AmountStatus.Undisclosed, 0, currency, false);
        }

        // "(1,000)": accounting's parentheses mark a negative amount.
        var negative = false;
        if (compact.Length > 2 && compact[0] == '(' && compact[^1] == ')' && compact.AsSpan(1, compact.Length - 2).IndexOfAny('(', ')') < 0
            && compact.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            negative = true;
            compact = compact[1..^1];
        }
        else if (compact[0] == '-' && compact.Length > 1 && (char.IsAsciiDigit(compact[1]) || compact[1] == '.'))
        {
            negative = true;
            compact = compact[1..];
        }
        else if (compact[0] == '+')
        {
            compact = compact[1..];
        }

        if (compact.Length == 0)
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        if (Refuse(compact) is { } refusal)
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false) { Refusal = refusal };
        }

        var evidence = NumberEvidence.None;

        // Ranges: "1-2亿", "1亿-2亿", "1~2亿", "1至2亿", "1到2亿".
        foreach (var separator in new[] { "~", "至", "到", "-", "—", "–" })
        {
            var at = compact.IndexOf(separator, 1, StringComparison.Ordinal);
            if (at > 0 && at < compact.Length - separator.Length && !IsExponentSign(compact, at))
            {
                var left = compact[..at];
                var right = compact[(at + separator.Length)..];
                if (!TryMagnitude(right, out var high, out var rightUnit, out _, ref evidence) || !TryMagnitude(left, out var low, out var leftUnit, out _, ref evidence))
                {
                    // A value that cannot be read says nothing about the column's number format.
                    return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
                }

                if (leftUnit == 1m && rightUnit != 1m)
                {
                    low *= rightUnit;
                }

                return Finish((low + high) / 2, negative, currency, estimated: true, evidence);
            }
        }

        // Vague amounts: 数千万, 近亿, 超亿, 逾5000万, 1亿多, 亿元以上, 亿元及以上, 千万级, 约3亿, 약 20억, 100억 이상, 수십억, > $1M, more than $10M, ₹5 crore approx.
        decimal factor = 1m;
        var estimated = false;
        foreach (var (prefix, f) in new[] { (">=", 1.25m), ("≥", 1.25m), (">", 1.25m), ("morethan", 1.25m), ("above", 1.25m), ("超过", 1.25m), ("超過", 1.25m), ("超", 1.25m), ("逾", 1.25m), ("过", 1.25m), ("過", 1.25m), ("上", 1.25m), ("近", 0.9m), ("将近", 0.9m), ("將近", 0.9m), ("约", 1m), ("約", 1m), ("大约", 1m), ("大約", 1m), ("数", 5m), ("數", 5m), ("几", 5m), ("幾", 5m), ("약", 1m), ("대략", 1m), ("수", 5m), ("over", 1.25m), ("über", 1.25m), ("ueber", 1.25m), ("about", 1m), ("rund", 1m), ("etwa", 1m), ("approx.", 1m), ("approx", 1m), ("ca.", 1m), ("~", 1m) })
        {
            if (compact.StartsWith(prefix, StringComparison.Ordinal) && compact.Length > prefix.Length)
            {
                compact = compact[prefix.Length..];
                factor = f;
                estimated = true;
                break;
            }
        }

        foreach (var (suffix, f) in new[] { ("approx.", 1m), ("approx", 1m), ("及以上", 1.25m), ("以上", 1.25m), ("이상", 1.25m), ("多", 1.25m), ("余", 1.25m), ("餘", 1.25m), ("级", 5m), ("級", 5m), ("+", 1.25m) })
        {
            if (compact.EndsWith(suffix, StringComparison.Ordinal) && compact.Length > suffix.Length)
            {
                compact = compact[..^suffix.Length];
                factor = estimated ? factor : f;
                estimated = true;
                break;
            }
        }

        // "5000余万" / "1亿多元" / "20여억원": the vague marker sits before the unit.
        foreach (var marker in new[] { "余", "餘", "多", "여" })
        {
            var at = compact.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < compact.Length - 1 && IsUnitChar(compact[at + 1]))
            {
                compact = compact.Remove(at, 1);
                factor = estimated ? factor : 1.25m;
                estimated = true;
            }
        }

        if (!TryMagnitude(compact, out var value, out _, out var numberGiven, ref evidence))
        {
            return new ParsedAmount(AmountStatus.NotANumber, 0, currency, false);
        }

        if (estimated && factor == 5m && numberGiven)
        {
            // "千万级" after a number ("5000万级") is that number, roughly.
            factor = 1m;
        }

        return Finish(value * factor, negative, currency, estimated, evidence);
    }

    /// <summary>An undisclosed marker, also in brackets as some exports write one: <c>(undisclosed)</c>, <c>[n/a]</c>, <c>（未披露）</c>.</summary>
    private bool IsMarker(string compact) =>
        _undisclosed.Contains(compact) || (compact.Length > 2 && compact[0] is '(' or '[' && compact[^1] is ')' or ']' && _undisclosed.Contains(compact[1..^1]));

    private static bool IsExponentSign(string text, int at) => text[at] == '-' && at >= 2 && text[at - 1] == 'e' && char.IsAsciiDigit(text[at - 2]);

    private static ParsedAmount Finish(decimal value, bool negative, string? currency, bool estimated, NumberEvidence evidence)
    {
        // "-0" is zero, not a negative amount.
        if (negative && value != 0)
        {
            return new ParsedAmount(AmountStatus.Negative, -value, currency, estimated) { Evidence = evidence };
        }

        return value > MaxAmount
            ? new ParsedAmount(AmountStatus.OutOfRange, 0, currency, estimated) { Evidence = evidence }
            : new ParsedAmount(AmountStatus.Ok, value, currency, estimated) { Evidence = evidence };
    }

    // 萬, 億 and 仟 are the traditional forms (Taiwan, Hong Kong) and Japan's (5000萬, 3億円); 십, 백, 천, 만 and 억 are Korean
    // (30억 원, 500백만원 as Korean statements write millions of won, 3십억).
    private static bool IsUnitChar(char c) => c is '十' or '십' or '百' or '백' or '千' or '仟' or '천' or '万' or '萬' or '만' or '亿' or '億' or '억';

    /// <summary>
    /// Parses "number unit": number may be absent when a unit is present ("亿" = 1 × 10⁸) or a single Chinese
    /// numeral; unit is a product of 十/百/千/万/亿 or a unit word (k, m, mn, million, bn, Mio., Mrd., crore, lakh, …).
    /// </summary>
    private bool TryMagnitude(string text, out decimal value, out decimal unit, out bool numberGiven, ref NumberEvidence evidence)
    {
        value = 0;
        unit = 1m;
        numberGiven = false;
        if (IsCompound(text))
        {
            // "1亿2000万", "两千五百万", "30억5천만": a sum of sections, each with its unit.
            numberGiven = true;
            return TryCompound(text, out value, ref evidence);
        }

        var end = text.Length;

        // "Mio." and "Mrd.": the abbreviation's dot is not part of the number.
        if (end > 1 && text[end - 1] == '.' && char.IsAsciiLetter(text[end - 2]))
        {
            end--;
        }

        foreach (var (word, multiplier) in UnitWords)
        {
            if (end > word.Length && text.AsSpan(0, end).EndsWith(word, StringComparison.Ordinal) && text[end - word.Length - 1] is (>= '0' and <= '9') or '.' or ',')
            {
                unit = multiplier;
                end -= word.Length;
                break;
            }
        }

        if (unit == 1m)
        {
            while (end > 0 && IsUnitChar(text[end - 1]))
            {
                unit *= text[end - 1] switch
                {
                    '十' or '십' => 10m,
                    '百' or '백' => 100m,
                    '千' or '仟' or '천' => 1000m,
                    '万' or '萬' or '만' => 10_000m,
                    _ => 100_000_000m,
                };
                end--;
            }
        }

        var number = text[..end];
        if (number.Length == 0)
        {
            if (unit == 1m)
            {
                return false;
            }

            value = unit;
            return true;
        }

        numberGiven = true;
        var numeral = "零一二两三四五六七八九".IndexOf(number, StringComparison.Ordinal);
        if (number.Length == 1 && numeral >= 0)
        {
            value = (numeral <= 2 ? numeral : numeral - 1) * unit;
            return numeral != 0;
        }

        // Text without a digit ("n.c.", a marker the markers do not know) is no number, and no evidence of a number format.
        if (number.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        if (!TryDigits(number, out var parsed, ref evidence))
        {
            return false;
        }

        try
        {
            value = parsed * unit;
        }
        catch (OverflowException)
        {
            value = decimal.MaxValue;
        }

        return true;
    }

    /// <summary>
    /// Reads digits in the column's format, or the one they suggest. Only a number that reads in the format it
    /// suggests counts as evidence of the column's format: one that reads in none ("(1,000)" before its parentheses were
    /// known, "3,5 Mio. US-Dollar") is rejected on its own line.
    /// </summary>
    private bool TryDigits(ReadOnlySpan<char> number, out decimal value, ref NumberEvidence evidence)
    {
        var own = NumberStyle.Classify(number);
        var style = _style ?? NumberStyle.Suggested(own);
        if (!style.TryRead(number, out value))
        {
            return false;
        }

        if (evidence == NumberEvidence.None)
        {
            evidence = own;
        }

        return true;
    }
}
