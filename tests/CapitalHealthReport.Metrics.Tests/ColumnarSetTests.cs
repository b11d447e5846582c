using System.Text;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Metrics.Tests;

/// <summary>
/// A loaded deal set is read by the metrics straight from its columns; a set made from the same deals as objects
/// gives byte-identical metrics, company and investor lists, with every kind of filter, in file order or shuffled.
/// </summary>
public sealed class ColumnarSetTests
{
    private static readonly Filter[][] FilterSets =
    [
        [],
        [new Filter("sector", "AI")],
        [new Filter("region", "Beijing"), new Filter("region", "Shanghai")],
        [new Filter("stage", "A"), new Filter("country", "CN")],
        [new Filter("investor_type", "Government")],
        [new Filter("subsector", "AIGC")],
        [new Filter("company", "灵犀智能")],
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Columns_and_objects_give_the_same_metrics(bool shuffled)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chr-columnar-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(Testing.RepositoryPaths.Root, "data", "sample", "deals.csv");
            if (shuffled)
            {
                var lines = File.ReadAllLines(path, Encoding.UTF8);
                var rows = lines.Skip(1).ToArray();
                new Random(11).Shuffle(rows);
                path = Path.Combine(folder, "shuffled.csv");
                File.WriteAllLines(path, [lines[0], .. rows], new UTF8Encoding(false));
            }

            var loaded = DealLoader.Load(new LoadOptions { DealsPath = path }, ReferenceData.Default).Deals;
            var objects = new DealSet(loaded.Deals);
            Assert.Equal(loaded.Count, objects.Count);
            foreach (var filters in FilterSets)
            {
                var fromColumns = new MetricsEngine(loaded, ReferenceData.Default, MetricParameters.Default, filters);
                var fromObjects = new MetricsEngine(objects, ReferenceData.Default, MetricParameters.Default, filters);
                Assert.Equal(fromObjects.DealCount, fromColumns.DealCount);
                Assert.True(fromColumns.DealCount > 0, $"the filters {string.Join(", ", filters.Select(f => f.Field + "=" + f.Value))} keep some deals");
                Assert.Equal(Json(fromObjects, filters), Json(fromColumns, filters));

                var scope = new Scope(Period.Parse("2024"));
                Assert.Equal(fromObjects.TopCompanies(scope, 25), fromColumns.TopCompanies(scope, 25));
                Assert.Equal(fromObjects.ActiveInvestors(scope, 2), fromColumns.ActiveInvestors(scope, 2));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Json(MetricsEngine engine, Filter[] filters)
    {
        var periods = engine.Series(PeriodKind.Quarter);
        var document = new MetricsDocument("CNY", "all", "quarter", filters, engine.ComputeScopes(periods, ["sector", "region", "stage", "investor_type"]));
        using var stream = new MemoryStream();
        MetricsJson.Write(stream, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
