using System.Text;
using System.Text.Json;
using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>
/// The document writer renders each metric set once and copies it where the set appears again (as a later
/// scope's previous or year-ago comparison); the bytes must be those of writing every object in place.
/// </summary>
public sealed class MetricsJsonTests
{
    private static MetricsDocument Series()
    {
        var deals = new List<Deal>();
        for (var month = 0; month < 30; month++)
        {
            var date = new DateOnly(2023, 1, 10).AddMonths(month).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            deals.Add(Deal(date, "c" + (month % 7), month % 4 == 0 ? null : 10m + month, sector: month % 3 == 0 ? "AI" : "Energy", region: month % 2 == 0 ? "Beijing" : "上海", investors: ["Tencent"]));
            deals.Add(Deal(date, "d" + (month % 5), 100m + month, stage: (Stage)(month % 14), sector: "AI", region: "Shanghai", investors: ["Sequoia", "Beijing AI Fund"]));
        }

        var engine = Engine(deals);
        var periods = engine.Series(PeriodKind.Quarter);
        return new MetricsDocument("CNY", "2023-01-01..2025-06-30", "quarter", [], engine.ComputeScopes(periods, ["sector", "region"]));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, MetricsJson.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The document written by hand, each scope on its own.</summary>
    private static string ScopesOneByOne(MetricsDocument document) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("currency", document.Currency);
        writer.WriteString("period", document.Period);
        writer.WriteString("series", document.Series);
        writer.WriteStartArray("filters");
        writer.WriteEndArray();
        writer.WriteStartArray("scopes");
        foreach (var scope in document.Scopes)
        {
            MetricsJson.WriteScope(writer, scope);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    [Fact]
    public void A_document_is_byte_for_byte_its_scopes_written_one_by_one()
    {
        var document = Series();

        var whole = Write(writer => MetricsJson.Write(writer, document));
        var pieces = ScopesOneByOne(document);

        Assert.Equal(pieces, whole);
        Assert.True(document.Scopes.Count(s => s.PrevKnown) > 10);
    }

    [Fact]
    public void A_long_series_written_in_runs_on_all_processors_is_byte_for_byte_its_scopes_written_one_by_one()
    {
        var series = Series();
        var document = series with { Scopes = [.. Enumerable.Repeat(series.Scopes, 12).SelectMany(s => s)] };
        Assert.True(document.Scopes.Count >= 4 * 64, "enough scopes for several runs");

        var whole = Write(writer => MetricsJson.Write(writer, document));
        var pieces = ScopesOneByOne(document);

        Assert.Equal(pieces, whole);
        using var stream = new MemoryStream();
        var written = MetricsJson.Write(stream, document);
        Assert.Equal(whole + "\n", Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(stream.Length, written);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(47)]
    [InlineData(160)]
    [InlineData(513)]
    public void A_series_of_any_length_is_byte_for_byte_its_scopes_written_one_by_one(int count)
    {
        var series = Series();
        var document = series with { Scopes = [.. Enumerable.Repeat(series.Scopes, (count / series.Scopes.Count) + 1).SelectMany(s => s).Take(count)] };

        for (var round = 0; round < 3; round++)
        {
            var whole = Write(writer => MetricsJson.Write(writer, document));
            Assert.Equal(ScopesOneByOne(document), whole);

            using var stream = new MemoryStream();
            var written = MetricsJson.Write(stream, document);
            Assert.Equal(whole + "\n", Encoding.UTF8.GetString(stream.ToArray()));
            Assert.Equal(stream.Length, written);
        }
    }

    [Fact]
    public void Metric_sets_with_any_dictionary_type_write_the_same_bytes()
    {
        var document = Series();
        var copies = document.Scopes.Select(s => s with { Metrics = Sorted(s.Metrics), Prev = Sorted(s.Prev), Yoy = Sorted(s.Yoy) }).ToList();

        var engineSets = Write(writer => MetricsJson.Write(writer, document));
        var sortedSets = Write(writer => MetricsJson.Write(writer, document with { Scopes = copies }));

        Assert.Equal(engineSets, sortedSets);
    }

    [Fact]
    public void A_metric_object_is_the_same_at_any_depth_and_without_indentation()
    {
        var scope = Series().Scopes[^1];
        var compact = new JsonWriterOptions { Encoder = MetricsJson.WriterOptions.Encoder };

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, compact))
        {
            writer.WriteStartArray();
            MetricsJson.WriteScope(writer, scope);
            writer.WriteEndArray();
        }

        using var parsed = JsonDocument.Parse(stream.ToArray());
        var metrics = parsed.RootElement[0].GetProperty("metrics");
        Assert.Equal(scope.Metrics.DealCount, metrics.GetProperty("deal_count").GetInt32());
        Assert.Equal(Write(writer => MetricsJson.WriteMetrics(writer, scope.Metrics)).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), metrics.GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    /// <summary>A copy of a metric set whose keyed values are sorted dictionaries, as a hand-made set would have.</summary>
    private static MetricSet Sorted(MetricSet m)
    {
        static SortedDictionary<string, double> Copy(IReadOnlyDictionary<string, double> values) =>
            new(values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

        return new MetricSet
        {
            DealCount = m.DealCount,
            CompanyCount = m.CompanyCount,
            TotalAmount = m.TotalAmount,
            DisclosedShare = m.DisclosedShare,
            Hhi = m.Hhi,
            Cr4 = m.Cr4,
            TopQuintileShare = m.TopQuintileShare,
            Gini = m.Gini,
            MegaRoundShare = m.MegaRoundShare,
            StageCountShare = Copy(m.StageCountShare),
            StageValueShare = Copy(m.StageValueShare),
            EarlyCountShare = m.EarlyCountShare,
            SeedAngelCountShare = m.SeedAngelCountShare,
            LateValueShare = m.LateValueShare,
            MedianAmount = Copy(m.MedianAmount),
            LateToSeedMedianRatio = m.LateToSeedMedianRatio,
            SeedDisclosedCount = m.SeedDisclosedCount,
            LateDisclosedCount = m.LateDisclosedCount,
            SectorValueShare = Copy(m.SectorValueShare),
            SectorCountShare = Copy(m.SectorCountShare),
            HotSectorValueShare = m.HotSectorValueShare,
            StrategicSectorsAmount = m.StrategicSectorsAmount,
            ClassifiedSectorShare = m.ClassifiedSectorShare,
            RegionValueShare = Copy(m.RegionValueShare),
            RegionCountShare = Copy(m.RegionCountShare),
            TopRegion = m.TopRegion,
            TopRegionCountShare = m.TopRegionCountShare,
            LocationQuotient = Copy(m.LocationQuotient),
            LocalFundHomeBias = m.LocalFundHomeBias,
            ActiveInvestorCount = m.ActiveInvestorCount,
            RepeatInvestorCount = m.RepeatInvestorCount,
            InvestorTypeShare = Copy(m.InvestorTypeShare),
            CvcActiveShare = m.CvcActiveShare,
        };
    }
}
