namespace CapitalHealthReport.Loading;

/// <summary>How a <c>mil</c> in an amount was read as a thousand.</summary>
internal enum MilReading : byte
{
    /// <summary>The amount holds no <c>mil</c> read as a thousand.</summary>
    None,

    /// <summary>The amount column's name is Portuguese or Spanish (<c>Valor</c>, <c>Monto</c>).</summary>
    ColumnName,

    /// <summary>The value itself is Portuguese or Spanish: a Latin American currency (<c>R$</c>, <c>MXN</c>, <c>COP</c>) or word (<c>milhões</c>, <c>millones</c>).</summary>
    Value,
}

/// <summary>
/// <c>mil</c>, a million in English (<c>$1.5 mil</c>) and a thousand in Portuguese and Spanish (<c>R$ 800 mil</c>,
/// <c>US$ 500 mil</c>): read as a thousand where the column's name or the value itself is Portuguese or Spanish, and
/// refused (<see cref="Refuse"/>) where nothing tells which.
/// </summary>
internal sealed partial class AmountParser
{
    // Lower case, spaces removed: signs, currency names and amount words of Portuguese- and Spanish-speaking countries,
    // anywhere in the value, and their currency codes, which open or close it ("cop500mil"; "ars" also ends "dollars").
    private static readonly string[] IberianWords =
    [
        "r$", "mx$", "col$", "reais", "pesos", "soles",
        "milhões", "milhoes", "milhão", "milhao", "bilhões", "bilhoes", "bilhão", "bilhao",
        "millones", "millón", "millon", "millardo",
    ];

    private static readonly string[] IberianCodes = ["brl", "mxn", "cop", "ars", "clp", "pen", "uyu"];

    /// <summary>
    /// Replaces each <c>mil</c> written after a number in <paramref name="compact"/> (not the <c>mil</c> of
    /// <c>mil millones</c>) by <c>k</c> when the column or <paramref name="words"/> (the whole value) is Portuguese or
    /// Spanish; says how it was decided, or None when nothing was replaced.
    /// </summary>
    private MilReading MilAsThousand(ref string compact, string? currency, string words)
    {
        if (!HoldsMil(compact))
        {
            return MilReading.None;
        }

        var reading = _milThousands ? MilReading.ColumnName
            : currency is "BRL" or "MXN" || IsIberian(words) ? MilReading.Value
            : MilReading.None;
        if (reading == MilReading.None)
        {
            return reading;
        }

        var text = new System.Text.StringBuilder(compact.Length);
        for (var i = 0; i < compact.Length; i++)
        {
            if (IsMilAt(compact, i))
            {
                text.Append('k');
                i += 2;
            }
            else
            {
                text.Append(compact[i]);
            }
        }

        compact = text.ToString();
        return reading;
    }

    private static bool IsIberian(string words) =>
        IberianWords.Any(word => words.Contains(word, StringComparison.Ordinal))
        || IberianCodes.Any(code => (words.StartsWith(code, StringComparison.Ordinal) && words.Length > 3 && !char.IsLetter(words[3]))
            || (words.EndsWith(code, StringComparison.Ordinal) && words.Length > 3 && !char.IsLetter(words[^4])));

    private static bool HoldsMil(string compact)
    {
        for (var at = compact.IndexOf("mil", StringComparison.Ordinal); at >= 0; at = compact.IndexOf("mil", at + 1, StringComparison.Ordinal))
        {
            if (IsMilAt(compact, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A <c>mil</c> at <paramref name="at"/> after a number and before no other letter (<c>500mil</c>, <c>1,5mil.</c>, not <c>3milmillones</c>).</summary>
    private static bool IsMilAt(string compact, int at) =>
        at > 0 && at + 3 <= compact.Length && string.CompareOrdinal(compact, at, "mil", 0, 3) == 0 && IsNumberEnd(compact[at - 1])
        && (at + 3 == compact.Length || !char.IsLetter(compact[at + 3]));
}
