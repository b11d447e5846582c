using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class MissingValuesTests
{
    private static readonly string[] Extra = ["Unknown", "?", "暂无", "ZZZ"];

    private static readonly string[] Texts = [.. MissingValues.DefaultNaValues, .. Extra, "Northstar", "2024-01-01", "7500000", "USD", "Series B", "Water", "不", "未知数", "#", "n", ""];

    /// <summary>Cells near markers: markers in any case, padded or not, cut short or lengthened, beside ordinary texts.</summary>
    private static readonly Gen<string> GenCell =
        Gen.Select(
            Gen.Int[0, Texts.Length - 1].Select(i => Texts[i]),
            Gen.Int[0, 5],
            Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("\u3000"), Gen.Const("\t"), Gen.Const("x")),
            Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("\u00A0"), Gen.Const("x")))
        .Select((text, shape, before, after) =>
        {
            var body = shape switch
            {
                0 => text.ToUpperInvariant(),
                1 => text.ToLowerInvariant(),
                2 when text.Length > 1 => text[..^1],
                _ => text,
            };
            return before + body + after;
        });

    [Fact]
    public void A_cell_is_missing_exactly_when_its_trimmed_text_is_a_marker_in_any_case()
    {
        var missing = new MissingValues(Extra);
        var markers = new HashSet<string>(missing.Values, StringComparer.OrdinalIgnoreCase);

        GenCell.Sample(cell =>
        {
            var trimmed = cell.Trim();
            Assert.Equal(trimmed.Length > 0 && markers.Contains(trimmed), missing.IsMissing(cell));
        }, iter: 5_000);
    }

    [Fact]
    public void Every_marker_is_missing_in_either_case_and_with_spaces_around_it()
    {
        var missing = new MissingValues(Extra);
        foreach (var marker in missing.Values)
        {
            Assert.True(missing.IsMissing(marker), marker);
            Assert.True(missing.IsMissing(" " + marker.ToUpperInvariant() + "\u3000"), marker);
            Assert.True(missing.IsMissing(marker.ToLowerInvariant()), marker);
        }

        Assert.False(missing.IsMissing("Nanjing"));
        Assert.False(missing.IsMissing("-5"));
        Assert.False(missing.IsMissing(""));
    }
}
