using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The unit a workbook cell's number format shows beside its number, and the thousands its trailing commas take off:
/// <c>0"万元"</c> shows 500 as <c>500万元</c> (5,000,000 yuan), <c>#,##0.00"亿"</c> hundreds of millions,
/// <c>$#,##0.0,,"M"</c> 5,000,000 as <c>$5.0M</c>, <c>#,##0,"K"</c> 5,000,000 as <c>5,000K</c>. The unit is the text the
/// format shows (quoted, escaped with <c>\</c> or <c>!</c>, or bare characters beyond ASCII such as <c>0万元</c>), read
/// with the words amounts are read with (<see cref="AmountColumnUnit.Parse"/>: <c>万</c>, <c>亿</c>, <c>千</c>, <c>百万</c>,
/// <c>K</c>, <c>M</c>, <c>mn</c>, <c>Mio.</c>, <c>bn</c>, <c>万美元</c>, …); a text that names only a currency (<c>"$"</c>,
/// <c>"元"</c>) or anything else is no unit. Each comma after the last digit placeholder (before the decimal point or at
/// the end of the number) divides the stored number by 1,000; commas between digit placeholders group digits. Only the
/// first section (positive numbers) is read. A format whose section carries a condition (<c>[&gt;=10000]</c>), which
/// shows some numbers one way and others another, or that writes text between digit placeholders (<c>0!.0,"万"</c>), so
/// that the number shown is not the number stored scaled, is read as showing no unit.
/// </summary>
/// <param name="Unit">The unit the format's text names (scale above 1); null when it names none.</param>
/// <param name="Commas">The format's trailing commas: each divides the stored number by 1,000 before it is shown.</param>
internal sealed record CellFormatUnit(AmountColumnUnit? Unit, int Commas)
{
    /// <summary>Marks where one piece of a format's text ends and the next begins (<c>"$"</c> and <c>"M"</c> in <c>"$"0.0"M"</c>).</summary>
    private const char Break = '\u0001';

    /// <summary>What a format that shows no unit and no thousands gives (the cache keeps it like any other).</summary>
    public static CellFormatUnit None { get; } = new(null, 0);

    /// <summary>The format read, for messages; empty for <see cref="None"/>.</summary>
    public string Format { get; private init; } = "";

    /// <summary>
    /// The amount a cell storing <paramref name="stored"/> shows: the number shown times the format's unit, else times
    /// the unit <paramref name="named"/> by the column's name when the format only takes thousands off; the number stored
    /// when neither names a unit (the commas show thousands without naming them, and those thousands are the unit
    /// shown). Null when the amount exceeds <see cref="AmountParser.MaxAmount"/>. A format whose unit differs from the
    /// name's is <see cref="Conflicts"/>, never read.
    /// </summary>
    public decimal? Read(decimal stored, AmountColumnUnit? named)
    {
        if ((Unit?.Scale ?? (named is { Scale: > 1m } ? named.Scale : null)) is not { } scale)
        {
            return stored;
        }

        var shown = Shown(stored);
        return shown > AmountParser.MaxAmount / scale ? null : shown * scale;
    }

    /// <summary>Whether the format's unit and the one the column's name gives (<paramref name="named"/>) both scale, and differ (0"亿" in a column named 融资金额（万元）).</summary>
    public bool Conflicts(AmountColumnUnit? named) => Unit is { } unit && named is { Scale: > 1m } && named.Scale != unit.Scale;

    /// <summary>What a cell storing <paramref name="stored"/> shows, for messages: <c>5 亿 (× 100,000,000)</c>, <c>5,000 (in thousands)</c>.</summary>
    public string Describe(decimal stored)
    {
        var shown = Shown(stored).ToString("#,##0.############", CultureInfo.InvariantCulture);
        return Unit is { } unit
            ? string.Create(CultureInfo.InvariantCulture, $"{shown} {unit.Text} (× {unit.Scale:N0})")
            : $"{shown} (in {Commas switch { 1 => "thousands", 2 => "millions", 3 => "billions", _ => "thousands to the power " + Commas.ToString(CultureInfo.InvariantCulture) }})";
    }

    /// <summary>The number the cell shows for the stored <paramref name="stored"/>: divided by 1,000 for each trailing comma, exactly.</summary>
    public decimal Shown(decimal stored)
    {
        var shown = stored;
        for (var i = 0; i < Commas; i++)
        {
            shown /= 1000m;
        }

        return shown;
    }

    /// <summary>The unit and trailing commas of <paramref name="format"/>; <see cref="None"/> when it shows neither.</summary>
    public static CellFormatUnit Of(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var literals = new StringBuilder();
        var commas = 0;
        bool placeholders = false, textAfterPlaceholder = false;
        foreach (var token in NumberFormatTokens.FirstSection(format))
        {
            switch (token.Kind)
            {
                case NumberFormatTokenKind.Quoted:
                    literals.Append(Break).Append(token.Text).Append(Break);
                    textAfterPlaceholder |= placeholders && token.Text.Length > 0;
                    break;
                case NumberFormatTokenKind.Escaped:
                    literals.Append(token.Text);
                    textAfterPlaceholder |= placeholders;
                    break;
                case NumberFormatTokenKind.Condition:
                    return None;
                case NumberFormatTokenKind.Digit when textAfterPlaceholder:
                    return None;
                case NumberFormatTokenKind.Digit:
                    placeholders = true;
                    break;
                case NumberFormatTokenKind.ScalingComma:
                    commas++;
                    break;
                case NumberFormatTokenKind.Literal when token.Text == "$":
                    literals.Append(Break).Append(token.Text).Append(Break);
                    break;
                case NumberFormatTokenKind.Literal when token.Text[0] > '\u007F' && !char.IsWhiteSpace(token.Text[0]):
                    literals.Append(token.Text);
                    textAfterPlaceholder |= placeholders;
                    break;
                default:
                    // Padding, fill, tags, separators and ASCII characters show no unit.
                    break;
            }
        }

        var unit = NamedUnit(literals.ToString());
        return unit is null && commas == 0 ? None : new CellFormatUnit(unit, commas) { Format = format };
    }

    /// <summary>
    /// The unit the pieces of a format's text name together (<c>"$"</c> and <c>"M"</c>: millions of dollars), written
    /// as the pieces that are more than a currency write it (<c>M</c>); null when they name no unit that scales.
    /// </summary>
    private static AmountColumnUnit? NamedUnit(string literals)
    {
        var pieces = literals.Split(Break, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (AmountColumnUnit.Parse(string.Join(" ", pieces)) is not { Scale: > 1m } unit)
        {
            return null;
        }

        var shown = pieces.Where(static piece => AmountColumnUnit.Parse(piece) is not { Scale: 1m }).ToArray();
        return shown.Length == 0 || shown.Length == pieces.Length ? unit : unit with { Text = string.Join(" ", shown) };
    }
}
