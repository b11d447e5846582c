using System.Globalization;
using System.Text;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CsCheck;

namespace CapitalHealthReport.Core.Tests;

/// <summary>
/// The name keys (<see cref="AliasKey"/>, <see cref="CompanyKeys"/>) skip the NFKC normalisation for text it
/// cannot change. These tests hold them to the plain definitions, normalise everything and then fold, kept
/// here as oracles: the keys must be identical for every input, whichever path produced them.
/// </summary>
public sealed class NormalizationKeyTests
{
    private static readonly string[] HandPicked =
    [
        "",
        " ",
        "\t\r\n",
        "\u3000",
        "\u00A0\u3000 \u2028",
        "Series A",
        "series-a",
        "ＳＥＲＩＥＳ_Ａ",
        "ＳＥＲＩＥＳ　Ａ",
        "  Series   A  ",
        "B+轮",
        "Pre-A轮",
        "誉润基金",
        "苏州元禾控股",
        "  苏州 元禾  控股 ",
        "红杉中国 Sequoia China",
        "Sequoia\u3000China",
        "\u3000深度求索\u3000",
        "马克·扎克伯格",
        "O’Reilly Ventures",
        "O'Reilly Ventures",
        "\uF900\uF901 Capital",
        "豈",
        "e\u0301",
        "Cafe\u0301",
        "CAFE\u0301",
        "\u0301",
        " \u0301a",
        "\u00A8",
        "a\u00A8",
        "\u00A8\u3000",
        "ﬁnance",
        "㍿",
        "Ⅻ Capital",
        "①号基金",
        "ｶﾞ",
        "\u30AB\u3099",
        "\u1100\u1161\u11A8",
        "\uAC00\u11A8",
        "İstanbul Capital",
        "Σίσυφος",
        "\uD800",
        "a\uDC00b",
        "\uDBFF中",
        "\uD83D\uDE00 Fund",
        "\uD801\uDC00",
        "\uD835\uDC00 Capital",
        "\uD87E\uDC00基金",
        "\uFFFE",
        "\uFFFF",
        "\u007F",
        "\u0001Control",
        "中\u0301",
        "中\uFE00",
        "\u4DB5\u4DBF\u3400\u9FFF\u4E00",
        "\u200B零宽",
        "\u180E",
        new string('深', 300),
        new string('A', 129) + "中",
    ];

    /// <summary>Characters the fast path takes: CJK ideographs, ASCII, white space, the middle dot and the right quote.</summary>
    private static readonly Gen<char> StableChars = Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u9FFF']),
        (1, Gen.Char['\u3400', '\u4DBF']),
        (4, Gen.Char["ABCXYZabcxyz09 -_.'+"]),
        (1, Gen.Char['\0', '\u007F']),
        (1, Gen.Char["\t\n\r \u0085\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F\u205F\u3000·’"]));

    /// <summary>Any characters, weighted towards those NFKC changes or composes: full-width forms, marks, jamo, kana, surrogates.</summary>
    private static readonly Gen<char> MixedChars = Gen.Frequency(
        (5, Gen.Char['\u4E00', '\u9FFF']),
        (4, Gen.Char["ABCXYZabcxyz09 -_.'"]),
        (2, Gen.Char['\uFF00', '\uFFEF']),
        (1, Gen.Char['\uF900', '\uFAFF']),
        (2, Gen.Char['\u0300', '\u036F']),
        (1, Gen.Char["\u3099\u309A\u0CD5\u0B3E\u0DCA\u102E\u1B35\uFE00\uFE0F\u200B\u180E\u00A8\u00B4\u0387\u2018"]),
        (1, Gen.Char['\u1100', '\u11FF']),
        (1, Gen.Char['\uAC00', '\uD7A3']),
        (1, Gen.Char['\u3040', '\u30FF']),
        (1, Gen.Char['\u3000', '\u303F']),
        (1, Gen.Char['\u00C0', '\u024F']),
        (1, Gen.Char['\u2000', '\u2BFF']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char["\uFFFE\uFFFF\uFFFD"]),
        (1, Gen.Char));

    /// <summary>A letter followed by a mark it may compose with: e + U+0301, カ + U+3099, Hangul leading + vowel jamo.</summary>
    private static readonly Gen<string> ComposingPairs = Gen.Select(
            Gen.Frequency((3, Gen.Char["AEIOUCNSaeioucns中"]), (2, Gen.Char['\u3041', '\u30FA']), (1, Gen.Char['\u1100', '\u1112']), (1, Gen.Char['\uAC00', '\uD7A3'])),
            Gen.Frequency((3, Gen.Char['\u0300', '\u036F']), (2, Gen.Char["\u3099\u309A"]), (1, Gen.Char['\u1161', '\u1175']), (1, Gen.Char['\u11A8', '\u11C2'])))
        .Select((letter, mark) => string.Concat(letter.ToString(), mark.ToString()));

    /// <summary>Supplementary characters as surrogate pairs, weighted towards those NFKC changes (mathematical letters, compatibility ideographs).</summary>
    private static readonly Gen<string> SupplementaryChars = Gen.Frequency(
            (2, Gen.Int[0x1D400, 0x1D7FF]),
            (2, Gen.Int[0x2F800, 0x2FA1F]),
            (1, Gen.Int[0x10000, 0x10FFFF]))
        .Where(code => code is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32);

    /// <summary>Random names: some made only of characters the fast path takes, the others mixing in everything else.</summary>
    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, StableChars.Array[0, 24].Select(chars => new string(chars))),
        (3, Gen.Frequency((8, MixedChars.Select(ch => ch.ToString())), (1, ComposingPairs), (1, SupplementaryChars)).Array[0, 16].Select(string.Concat)));

    public static TheoryData<string> Cases => [.. HandPicked];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Alias_key_matches_the_full_normalisation(string text)
    {
        Assert.Equal(Escape(OracleAliasKey(text)), Escape(AliasKey.Of(text)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Company_key_matches_the_full_normalisation(string text)
    {
        Assert.Equal(Escape(OracleCompanyKey(text)), Escape(CompanyKeys.FromName(text)));
    }

    [Fact]
    public void Hand_picked_keys_are_the_documented_ones()
    {
        Assert.Equal("seriesa", AliasKey.Of("ＳＥＲＩＥＳ_Ａ"));
        Assert.Equal("seriesa", AliasKey.Of("Series A"));
        Assert.Equal("seriesa", AliasKey.Of(" series-a "));
        Assert.Equal("誉润基金", AliasKey.Of("誉润基金"));
        Assert.Equal("红杉中国sequoiachina", AliasKey.Of("红杉中国 Sequoia\u3000China"));
        Assert.Equal("马克扎克伯格", AliasKey.Of("马克·扎克伯格"));
        Assert.Equal("sequoia china", CompanyKeys.FromName("  Sequoia\u3000\u3000CHINA "));
        Assert.Equal("苏州 元禾 控股", CompanyKeys.FromName("苏州 元禾　　控股"));
        Assert.Equal("series a", CompanyKeys.FromName("ＳＥＲＩＥＳ　Ａ"));
    }

    [Fact]
    public void Company_key_of_a_name_that_is_its_own_key_is_the_name_itself()
    {
        const string name = "苏州元禾控股 capital";
        Assert.Same(name, CompanyKeys.FromName(name));
        const string chinese = "苏州元禾控股";
        Assert.Same(chinese, CompanyKeys.FromName(chinese));
        Assert.NotSame("苏州元禾控股", CompanyKeys.FromName(" 苏州元禾控股"));
    }

    [Fact]
    public void Every_single_character_in_every_context_matches_the_full_normalisation()
    {
        // Each UTF-16 code unit alone, after and before ASCII, after a combining-capable letter and inside
        // CJK text: covers every character the fast path accepts, with the neighbours it could interact with.
        string[] contexts = ["{0}", "A{0}", "{0}b", "e{0}\u0301", "中{0}文 X", " {0} ", "{0}\u3000{0}"];
        var failures = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var ch = ((char)code).ToString();
            foreach (var context in contexts)
            {
                var text = string.Format(CultureInfo.InvariantCulture, context, ch);
                if (AliasKey.Of(text) != OracleAliasKey(text) || CompanyKeys.FromName(text) != OracleCompanyKey(text))
                {
                    failures.Add(Escape(text));
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Keys_of_random_text_match_the_full_normalisation()
    {
        Texts.Sample(text =>
        {
            Assert.Equal(Escape(OracleAliasKey(text)), Escape(AliasKey.Of(text)));
            Assert.Equal(Escape(OracleCompanyKey(text)), Escape(CompanyKeys.FromName(text)));
        }, iter: 20_000, print: Escape);
    }

    [Fact]
    public void Alias_key_of_a_slice_reads_only_the_slice()
    {
        Gen.Select(Texts, Texts, Texts).Sample((before, text, after) =>
        {
            var whole = before + text + after;
            Assert.Equal(Escape(OracleAliasKey(text)), Escape(AliasKey.Of(whole.AsSpan(before.Length, text.Length))));
        }, iter: 5_000, print: t => Escape(t.Item1) + " | " + Escape(t.Item2) + " | " + Escape(t.Item3));
    }

    [Fact]
    public void Written_alias_keys_match_the_allocated_ones()
    {
        Texts.Sample(text =>
        {
            var buffer = new char[text.Length + 1];
            if (AliasKey.TryWrite(text, buffer, out var written))
            {
                Assert.Equal(Escape(OracleAliasKey(text)), Escape(new string(buffer, 0, written)));
                if (written > 0)
                {
                    Assert.False(AliasKey.TryWrite(text, buffer.AsSpan(0, written - 1), out var none));
                    Assert.Equal(0, none);
                }
            }
            else
            {
                Assert.Equal(0, written);
            }
        }, iter: 10_000, print: Escape);
    }

    [Fact]
    public void Plain_names_are_written_without_normalisation()
    {
        var buffer = new char[64];
        Assert.True(AliasKey.TryWrite(" 苏州元禾 Capital·Partners ", buffer, out var written));
        Assert.Equal("苏州元禾capitalpartners", new string(buffer, 0, written));
        Assert.False(AliasKey.TryWrite("ＳＥＲＩＥＳ_Ａ", buffer, out _));
        Assert.False(AliasKey.TryWrite("e\u0301", buffer, out _));
    }

    [Fact]
    public void Keys_do_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("iinvest", AliasKey.Of("I-INVEST"));
            Assert.Equal("i invest", CompanyKeys.FromName("I INVEST"));
            Assert.Equal("iinvest", AliasKey.Of("Ｉ-INVEST"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Investor_directory_finds_what_the_full_normalisation_finds()
    {
        var names = Gen.Frequency((3, Texts), (1, Gen.OneOf("誉润基金", "Sequoia China", "ＳＥＲＩＥＳ Capital", new string('深', 200))));
        Gen.Select(names.Array[1, 6], names.Array[0, 6], Texts.Array[1, 12]).Sample((investorNames, aliasNames, queries) =>
        {
            var investors = investorNames.Distinct(StringComparer.Ordinal)
                .Select((name, i) => new InvestorInfo(name, (InvestorType)(i % 6), null))
                .ToList();
            var aliases = aliasNames.Select((alias, i) => KeyValuePair.Create(alias, investors[i % investors.Count].Name)).ToList();
            var directory = new InvestorDirectory(investors, aliases);

            // The directory as defined: canonical names first, then aliases that do not displace a key.
            var expected = new Dictionary<string, InvestorInfo>(StringComparer.Ordinal);
            foreach (var investor in directory.All)
            {
                expected[OracleAliasKey(investor.Name)] = investor;
            }

            foreach (var (alias, name) in aliases)
            {
                if (expected.TryGetValue(OracleAliasKey(name), out var investor))
                {
                    expected.TryAdd(OracleAliasKey(alias), investor);
                }
            }

            foreach (var query in queries.Concat(investorNames).Concat(aliasNames))
            {
                var want = string.IsNullOrWhiteSpace(query) ? null : expected.GetValueOrDefault(OracleAliasKey(query));
                Assert.Same(want, directory.Find(query.AsSpan()));
                Assert.Same(want, directory.Find(query));
            }
        }, iter: 2_000);
    }

    /// <summary>The alias key as defined: NFKC (the text as written when it cannot be normalised), then drop and lower-case.</summary>
    private static string OracleAliasKey(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        var ascii = true;
        foreach (var ch in trimmed)
        {
            if (ch > 0x7E)
            {
                ascii = false;
                break;
            }
        }

        ReadOnlySpan<char> source = trimmed;
        string? normalized = null;
        if (!ascii)
        {
            try
            {
                normalized = trimmed.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = trimmed.ToString();
            }

            source = normalized;
        }

        var builder = new StringBuilder(source.Length);
        foreach (var ch in source)
        {
            if (char.IsWhiteSpace(ch) || ch is '-' or '_' or '.' or '\'' or '’' or '·')
            {
                continue;
            }

            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The company key as defined: NFKC (the name as written when it cannot be normalised), trim, collapse white space, lower-case.</summary>
    private static string OracleCompanyKey(string name)
    {
        string folded;
        try
        {
            folded = name.Normalize(NormalizationForm.FormKC).Trim();
        }
        catch (ArgumentException)
        {
            folded = name.Trim();
        }

        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Non-ASCII and control characters as <c>\uXXXX</c>, so that failures show exactly which characters differ.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is >= ' ' and < '\u007F')
            {
                builder.Append(ch);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
            }
        }

        return builder.ToString();
    }
}
