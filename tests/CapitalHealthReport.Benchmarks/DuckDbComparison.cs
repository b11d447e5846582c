using BenchmarkDotNet.Attributes;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using DuckDB.NET.Data;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// An independent implementation for scale: DuckDB (in-process, through DuckDB.NET) computing the
/// concentration and stage metrics (HHI, CR4, top-quintile share, Gini, stage count and value shares,
/// early and seed/angel count shares, late value share, medians per stage) for every quarter, unsliced,
/// by sector and by region (<see cref="DuckDbQuery"/>), on the same synthetic deals as
/// <see cref="MetricsBenchmarks"/>. Only the query is timed; the deals are already in a DuckDB table, amounts
/// converted to CNY. The whole-process comparison (<see cref="DuckDbProcess"/>) reads the CSV instead.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DuckDbComparison
{
    private DuckDBConnection _connection = null!;

    [Params(1_000_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var fx = ReferenceData.Default.Fx;
        var deals = new DealSet(SyntheticDeals.Create(Deals, seed: 42));
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE deals (date DATE, company VARCHAR, sector VARCHAR, region VARCHAR, stage VARCHAR, amount DOUBLE)";
            create.ExecuteNonQuery();
        }

        using (var appender = _connection.CreateAppender("deals"))
        {
            foreach (var deal in deals.Deals)
            {
                var row = appender.CreateRow()
                    .AppendValue((DateOnly?)deal.Date)
                    .AppendValue(deal.CompanyKey)
                    .AppendValue(deal.Sector)
                    .AppendValue(deal.Region)
                    .AppendValue(Stages.Name(deal.Stage));
                var amount = deal.Amount is { } a ? (double?)(double)fx.Convert(a, deal.Currency, "CNY", deal.Date.Year) : null;
                row.AppendValue(amount).EndRow();
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark]
    public int ConcentrationAndStageMetrics()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = DuckDbQuery.Metrics("deals");
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }
}
