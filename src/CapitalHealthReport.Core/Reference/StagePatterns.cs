using System.Text;
using System.Text.RegularExpressions;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Reads stage labels by their shape rather than by a list: <c>Series E</c>–<c>Series K</c>, <c>Series A+</c>,
/// <c>Series A1</c>, <c>Series B-II</c>, <c>Round B</c>, <c>C轮</c>, <c>Pre-Series A</c>, <c>Seed Funding</c> (also across a line break),
/// <c>Angel Round</c>, <c>天使轮</c>, <c>种子+轮</c>, <c>Strategic Investment</c>, <c>战略融资</c>, <c>Private Equity</c>,
/// <c>Pre-IPO</c>, <c>IPO</c>, <c>Debt Financing</c>, <c>Grant</c>, round type and code joined from two columns
/// (<c>venture b</c>), Japanese and Korean rounds (<c>シリーズA</c>, <c>シードラウンド</c>, <c>시리즈 B</c>), and convertible equity sold
/// at seed (<c>J-KISS</c>, <c>SAFE</c>). A label no pattern reads is left to the alias tables.
/// </summary>
public static partial class StagePatterns
{
    // Words that say "round" without saying which, in English and in European exports (Serie A, Série A, Finanzierungsrunde B,
    // ronda A, tour de série A, Runda B, A-kierros): removed before the letter is read.
    private static readonly string[] NoiseWords =
    [
        "series", "round", "rounds", "funding", "financing", "venture", "stage", "investment", "extension", "bridge", "equity", "capital", "raise",
        "serie", "série", "runde", "finanzierungsrunde", "finanzierung", "tour", "financement", "ronda", "rodada", "financiación", "financiamento",
        "finanziamento", "de",
        "runda", "finansieringsrunda", "investeringsrunda", "finansieringsrunde", "investeringsrunde", "kierros", "rahoituskierros",
    ];

    // The numerals of a round's closes (Series B-II), read only as a word of their own after the round's letter.
    private static readonly string[] RomanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    private static readonly (string Word, string English)[] AsianRoundWords =
    [
        ("シリーズ", " series "), ("ラウンド", " round "), ("プレ", " pre "), ("シード", " seed "), ("エンジェル", " angel "),
        ("시리즈", " series "), ("라운드", " round "), ("프리", " pre "), ("시드", " seed "), ("엔젤", " angel "),
    ];

    // Traditional (and Japanese) forms of the characters the Chinese patterns read: 種子輪, 戰略投資, 債權融資, 併購 read as
    // 种子轮, 战略投资, 债权融资, 并购.
    private static readonly (char Traditional, char Simplified)[] TraditionalCharacters =
    [
        ('種', '种'), ('戰', '战'), ('戦', '战'), ('債', '债'), ('權', '权'), ('務', '务'), ('資', '资'), ('補', '补'), ('貼', '贴'),
        ('眾', '众'), ('籌', '筹'), ('後', '后'), ('併', '并'), ('購', '购'), ('輪', '轮'),
    ];

    /// <summary>The stage a label's shape names, or null when no pattern reads it.</summary>
    public static Stage? Read(ReadOnlySpan<char> raw)
    {
        if (raw.IsWhiteSpace() || raw.Length > 80)
        {
            return null;
        }

        var text = Clean(raw);
        if (text.Length == 0)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Has(string word) => words.Contains(word, StringComparer.Ordinal);
        bool Contains(string part) => text.Contains(part, StringComparison.Ordinal);

        if ((Has("post") && (Has("ipo") || Contains("post ipo"))) || Contains("上市后") || Contains("postipo"))
        {
            return Has("debt") ? Stage.Debt : Stage.Other;
        }

        if (Contains("pre ipo") || Has("preipo") || Contains("ipo前") || text.StartsWith("上市前", StringComparison.Ordinal))
        {
            return Stage.PreIPO;
        }

        if (Has("debt") || Has("loan") || Has("convertible") || Contains("债权") || Contains("债务"))
        {
            return Stage.Debt;
        }

        if (Has("grant") || Has("grants") || Contains("non equity assistance") || Contains("资助") || Contains("补助") || Contains("补贴"))
        {
            return Stage.Grant;
        }

        if (Has("angel") || Has("preangel") || Contains("天使"))
        {
            return Stage.Angel;
        }

        // Convertible equity sold for a first round converts into shares at the next priced round and is no loan: Japan's
        // J-KISS (新株予約権, "J-KISS 2.0", "J-KISS型新株予約権"), the SAFE and its Korean form 조건부지분인수계약 are seed rounds.
        if (Has("kiss") || Contains("j kiss") || Contains("jkiss") || Has("safe") || Contains("조건부지분인수"))
        {
            return Stage.Seed;
        }

        if (Has("seed") || Has("preseed") || Contains("种子") || Has("amorçage") || Has("semilla"))
        {
            return Stage.Seed;
        }

        if (Has("strategic") || Has("corporate") || Contains("战略") || Has("战投"))
        {
            return Stage.Strategic;
        }

        if (Has("pe") || Contains("private equity") || Has("buyout") || Contains("私募") || Contains("并购") || Contains("收购"))
        {
            return Stage.PE;
        }

        if (Has("ipo") || Text(text) is "上市" or "ipo上市")
        {
            return Stage.Other;
        }

        if (Has("crowdfunding") || Contains("众筹") || Has("secondary"))
        {
            return Stage.Other;
        }

        var kept = words.Where(w => !NoiseWords.Contains(w, StringComparer.Ordinal)).ToArray();

        // PitchBook numbers the closes of one round with a Roman numeral after the letter (Series B-II, Series A-III):
        // the same round, so the numeral is dropped when it stands apart from the letter.
        if (kept.Length == 2 && RomanNumerals.Contains(kept[1], StringComparer.Ordinal))
        {
            kept = [kept[0]];
        }

        var core = string.Concat(kept);
        var match = LetterRound().Match(core);
        if (!match.Success)
        {
            return null;
        }

        var pre = match.Groups["pre"].Success;
        return char.ToLowerInvariant(match.Groups["letter"].Value[0]) switch
        {
            'a' => pre ? Stage.PreA : Stage.A,
            'b' => Stage.B,
            'c' => Stage.C,
            'd' => Stage.D,
            _ => Stage.EPlus,
        };
    }

    private static string Text(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Width-folded, lower case; line breaks, hyphens, underscores and slashes as spaces; <c>轮</c> and <c>融资</c> as words.</summary>
    private static string Clean(ReadOnlySpan<char> raw)
    {
        string folded;
        try
        {
            folded = raw.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return "";
        }

        var builder = new StringBuilder(folded.Length + 8);
        foreach (var original in folded.ToLowerInvariant())
        {
            var c = Simplified(original);
            if (c is '轮')
            {
                builder.Append(" round ");
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '–' or '—' or '.' or ':' or '(' or ')' or ',')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Replace("融资", " funding ", StringComparison.Ordinal).Replace("投资", " investment ", StringComparison.Ordinal);

        // Japanese and Korean round words (シリーズA, プレシリーズA, シードラウンド, 시리즈 A, 시드) as their English ones.
        foreach (var (word, english) in AsianRoundWords)
        {
            text = text.Replace(word, english, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static char Simplified(char c)
    {
        foreach (var (traditional, simplified) in TraditionalCharacters)
        {
            if (c == traditional)
            {
                return simplified;
            }
        }

        return c;
    }

    /// <summary><c>a</c>, <c>a+</c>, <c>a++</c>, <c>a1</c>, <c>a2+</c>, <c>prea</c>, <c>preb+</c> … up to <c>k</c>.</summary>
    [GeneratedRegex(@"^(?<pre>pre)?(?<letter>[a-k])(\+{1,3}|[0-9]{1,2}\+?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRound();
}
