using CapitalHealthReport.Model;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Model;

/// <summary>
/// The text column's index finds rows by text exactly as a dictionary would, in both of its modes: while texts come
/// in ascending order (compared with the greatest) and after the first one out of order (hashed).
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
            var builder = new TextColumn.Builder(4, interning: true);
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
                Assert.Equal(number, builder.Find(text));
            }
        }, iter: 200);
    }

    [Fact]
    public void Claimed_ids_are_found_and_a_repeat_names_the_first_row()
    {
        Gen.OneOf(Texts.Array[0, 2000], Ascending(2000)).Sample(texts =>
        {
            var builder = new TextColumn.Builder(4);
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
                Assert.Equal(row, builder.Find(text));
            }

            Assert.Equal(-1, builder.Find(""));
            Assert.Equal(-1, builder.Find("not there"));
        }, iter: 200);
    }

    [Fact]
    public void Ascending_ids_then_a_repeat_of_an_early_one_is_found()
    {
        var builder = new TextColumn.Builder(4);
        for (var i = 0; i < 5000; i++)
        {
            var text = "D" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(builder.TryIndex(text, builder.Count, out _));
            builder.Add(text);
        }

        Assert.Equal(-1, builder.Find("D999999"));
        Assert.Equal(4999, builder.Find("D004999"));
        Assert.False(builder.TryIndex("D000017", builder.Count, out var existing));
        Assert.Equal(17, existing);
        Assert.Equal(4321, builder.Find("D004321"));
    }

    [Fact]
    public void Ranges_copy_texts_between_builders()
    {
        var source = new TextColumn.Builder(2);
        string[] texts = ["a", "", "北京", "SD0001", "xyz"];
        foreach (var text in texts)
        {
            source.Add(text);
        }

        var target = new TextColumn.Builder(1);
        target.Add("first");
        target.AddRange(source, 1, 4);
        target.AddRange(source, 4, 4);
        var column = target.Build();
        Assert.Equal(["first", "", "北京", "SD0001"], Enumerable.Range(0, column.Count).Select(column.GetString));
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
