using CapitalHealthReport.Model;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Model;

/// <summary>
/// The text column's index finds rows by text exactly as a dictionary would, whatever the order of the texts.
/// </summary>
public sealed class TextColumnTests
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String[Gen.Char["ab"], 0, 3],
        Gen.String[Gen.Char["0123456789"], 1, 6].Select(s => "SD" + s),
        Gen.Const(""),
        Gen.String[Gen.Char['\u4e00', '\u4e10'], 1, 4]);

    [Fact]
    public void Interning_numbers_texts_in_order_of_first_appearance()
    {
        Gen.OneOf(Texts.Array[0, 3000], Ascending(3000)).Sample(texts =>
        {
            var builder = new TextColumn.Builder(4, indexed: true);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                var number = builder.Intern(text);
                Assert.Equal(expected.TryAdd(text, expected.Count) ? expected.Count - 1 : expected[text], number);
            }

            var column = builder.Build();
            Assert.Equal(expected.Count, column.Count);
            foreach (var (text, number) in expected)
            {
                Assert.Equal(text, column.GetString(number));
                Assert.False(builder.TryIndex(text, column.Count, out var found));
                Assert.Equal(number, found);
            }
        }, iter: 200);
    }

    [Fact]
    public void Claimed_ids_are_found_and_a_repeat_names_the_first_row()
    {
        Gen.OneOf(Texts.Array[0, 2000], Ascending(2000)).Sample(texts =>
        {
            var builder = new TextColumn.Builder(4, indexed: true);
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                var row = builder.Count;
                if (text.Length == 0)
                {
                    builder.Add(text);
                    continue;
                }

                var claimed = builder.TryIndex(text, row, out var existing);
                Assert.Equal(first.TryAdd(text, row), claimed);
                if (claimed)
                {
                    builder.Add(text);
                }
                else
                {
                    Assert.Equal(first[text], existing);
                }
            }

            foreach (var (text, row) in first)
            {
                Assert.False(builder.TryIndex(text, builder.Count, out var found));
                Assert.Equal(row, found);
            }

            Assert.True(builder.TryIndex("not there", builder.Count, out _));
        }, iter: 200);
    }

    [Fact]
    public void Ascending_ids_then_a_repeat_of_an_early_one_is_found()
    {
        var builder = new TextColumn.Builder(4, indexed: true);
        for (var i = 0; i < 5000; i++)
        {
            var text = "D" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(builder.TryIndex(text, builder.Count, out _));
            builder.Add(text);
        }

        Assert.False(builder.TryIndex("D004999", builder.Count, out var last));
        Assert.Equal(4999, last);
        Assert.False(builder.TryIndex("D000017", builder.Count, out var existing));
        Assert.Equal(17, existing);
    }


    /// <summary>Ids in ascending order with occasional repeats of an earlier one and empty ones.</summary>
    private static Gen<string[]> Ascending(int max) =>
        Gen.Int[0, 20].Array[0, max].Select(steps =>
        {
            var texts = new string[steps.Length];
            for (var i = 0; i < steps.Length; i++)
            {
                texts[i] = steps[i] switch
                {
                    0 when i > 0 => texts[steps.Length % i],
                    1 => "",
                    _ => "SD" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                };
            }

            return texts;
        });
}
