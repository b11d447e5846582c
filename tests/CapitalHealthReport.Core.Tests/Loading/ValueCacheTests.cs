using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

public sealed class ValueCacheTests
{
    [Fact]
    public void Each_distinct_text_is_mapped_once_and_every_lookup_returns_its_own_value()
    {
        // Texts that share lengths and characters land in the same recent-value slots: each must still find its own value.
        var texts = Gen.Select(Gen.Int[0, 3], Gen.Char["ABab一"], Gen.Char["xyXY"], Gen.Int[0, 40])
            .Select((shape, first, last, n) => shape switch
            {
                0 => "",
                1 => $"{first}",
                2 => $"{first}{n}{last}",
                _ => $"Series {first}{last}",
            })
            .Array[1, 400];

        texts.Sample(keys =>
        {
            var cache = new ValueCache<string>();
            var created = new List<string>();
            foreach (var key in keys)
            {
                var value = cache.Get(key.AsSpan(), created, static (text, list) =>
                {
                    list.Add(text);
                    return "value of " + text;
                });

                Assert.Equal("value of " + key, value);
            }

            Assert.Equal(keys.Distinct().Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
        });
    }
}
