using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Model;
using static CapitalHealthReport.Metrics.Tests.Fixtures;

namespace CapitalHealthReport.Metrics.Tests;

public sealed class OutputTests
{
    private static MetricsDocument Document()
    {
        var engine = Engine(
        [
            Deal("2024-10-10", "b", 20m, sector: "AI"),
            Deal("2024-12-10", "c", 30m, sector: "Energy", region: "上海"),
            Deal("2025-01-10", "d", 40m, sector: "AI", region: "Shanghai"),
            Deal("2025-02-10", "e", 50.5m, sector: "Energy", stage: Stage.Seed, investors: ["Tencent"]),
            Deal("2025-03-10", "f", null, sector: "AI", stage: Stage.C, investors: ["Sequoia", "Tencent"]),
        ]);
        var scopes = engine.ComputeScopes(Period.Parse("2025Q1"), ["sector"]);
        return new MetricsDocument("CNY", "2025Q1", null, [Filter.Parse("region=Beijing")], scopes);
    }

    private static string Json(MetricsDocument document)
    {
        using var stream = new MemoryStream();
        MetricsJson.Write(stream, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Csv(MetricsDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        MetricsCsv.Write(writer, document);
        return writer.ToString();
    }

    [Fact]
    public void Json_has_the_design_shape_with_nulls_for_unknown_comparisons()
    {
        using var json = JsonDocument.Parse(Json(Document()));
        var root = json.RootElement;

        Assert.Equal("CNY", root.GetProperty("currency").GetString());
        Assert.Equal("2025Q1", root.GetProperty("period").GetString());
        var scopes = root.GetProperty("scopes");
        Assert.Equal(3, scopes.GetArrayLength());
        var first = scopes[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("slice").ValueKind);
        Assert.Equal(3, first.GetProperty("metrics").GetProperty("deal_count").GetInt32());
        Assert.Equal(2, first.GetProperty("prev").GetProperty("deal_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("yoy").ValueKind); // 2024Q1 lies before the data
        Assert.Equal(JsonValueKind.Null, first.GetProperty("delta_yoy").ValueKind);
        Assert.Equal(1, first.GetProperty("delta_prev").GetProperty("deal_count").GetDouble());
        Assert.Equal("AI", scopes[1].GetProperty("slice").GetProperty("sector").GetString());
        foreach (var metric in MetricCatalog.All)
        {
            Assert.True(first.GetProperty("metrics").TryGetProperty(metric.JsonName, out _), metric.JsonName);
        }

        Assert.Equal(JsonValueKind.Null, scopes[1].GetProperty("metrics").GetProperty("late_to_seed_median_ratio").ValueKind);
        Assert.Equal(JsonValueKind.Object, first.GetProperty("metrics").GetProperty("stage_count_share").ValueKind);
    }

    [Fact]
    public void Json_numbers_round_trip_and_keep_chinese_names_readable()
    {
        var text = Json(Document());

        Assert.Contains("\"total_amount\": 90.5", text, StringComparison.Ordinal);
        Assert.Contains("\"上海\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_one_row_per_scope_metric_and_key()
    {
        var document = Document();
        var lines = Csv(document).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', MetricsCsv.Columns), lines[0]);
        var expected = 0;
        foreach (var scope in document.Scopes)
        {
            foreach (var metric in MetricCatalog.All)
            {
                expected += metric.IsKeyed
                    ? metric.GetKeyed(scope.Metrics).Keys.Union(scope.PrevKnown ? metric.GetKeyed(scope.Prev).Keys : []).Union(scope.YoyKnown ? metric.GetKeyed(scope.Yoy).Keys : []).Count()
                    : 1;
            }
        }

        Assert.Equal(expected + 1, lines.Length);
        Assert.Contains("2025Q1,,,deal_count,,3,2,,1,,deals", lines);
        Assert.Contains(lines, l => l.StartsWith("2025Q1,sector,AI,stage_count_share,C,0.5,", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_quotes_fields_with_separators()
    {
        Assert.Equal("\"a,b\"", MetricsCsv.Escape("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", MetricsCsv.Escape("say \"hi\""));
        Assert.Equal("plain", MetricsCsv.Escape("plain"));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void Output_is_identical_under_any_culture(string culture)
    {
        var invariant = Json(Document()) + Csv(Document());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, Json(Document()) + Csv(Document()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Catalog_names_match_the_metric_set_properties()
    {
        var properties = typeof(MetricSet).GetProperties().Where(p => p.Name != nameof(MetricSet.Zero)).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(properties, MetricCatalog.All.Select(m => m.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(MetricCatalog.All, m => Assert.Matches("^[a-z0-9_]+$", m.JsonName));
        Assert.All(MetricCatalog.All, m => Assert.EndsWith(".", m.Definition, StringComparison.Ordinal));
        Assert.Equal(MetricCatalog.All.Count, MetricCatalog.All.Select(m => m.JsonName).Distinct().Count());
    }
}
