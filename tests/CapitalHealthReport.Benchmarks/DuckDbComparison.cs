using BenchmarkDotNet.Attributes;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using DuckDB.NET.Data;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// An independent implementation for scale: DuckDB (in-process, through DuckDB.NET) computing the
/// concentration and stage metrics (HHI, CR4, top-quintile share, Gini, stage count and value shares,
/// early and seed/angel count shares, late value share, medians per stage) for every quarter, unsliced,
/// by sector and by region, on the same synthetic deals as <see cref="MetricsBenchmarks"/>. Only the
/// queries are timed; the deals are already in a DuckDB table, amounts converted to CNY.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DuckDbComparison
{
    /// <summary>Concentration per scope (quarter × unsliced/sector/region) and stage metrics per scope.</summary>
    public const string Query = """
        WITH d AS (
            SELECT year(date)::VARCHAR || 'Q' || quarter(date)::VARCHAR AS q, sector, region, company, stage, amount FROM deals),
        scopes AS (
            SELECT q, 'all' AS dim, '' AS val, company, stage, amount FROM d
            UNION ALL SELECT q, 'sector', sector, company, stage, amount FROM d
            UNION ALL SELECT q, 'region', coalesce(region, 'Unknown'), company, stage, amount FROM d),
        companies AS (
            SELECT q, dim, val, company, sum(amount) AS x FROM scopes WHERE amount IS NOT NULL GROUP BY ALL),
        ranked AS (
            SELECT *, row_number() OVER w AS r, count(*) OVER (PARTITION BY q, dim, val) AS n, sum(x) OVER (PARTITION BY q, dim, val) AS total
            FROM companies WINDOW w AS (PARTITION BY q, dim, val ORDER BY x DESC, company)),
        concentration AS (
            SELECT q, dim, val,
                sum(power(100 * x / total, 2)) AS hhi,
                sum(CASE WHEN r <= 4 THEN x ELSE 0 END) / any_value(total) AS cr4,
                sum(CASE WHEN r <= ceil(0.2 * n) THEN x ELSE 0 END) / any_value(total) AS top_quintile_share,
                sum((n + 1 - 2 * r) * x) / (any_value(n) * any_value(total)) AS gini
            FROM ranked GROUP BY ALL),
        stages AS (
            SELECT q, dim, val,
                count(*) AS deal_count,
                count(*) FILTER (WHERE stage IN ('Angel', 'Seed', 'PreA', 'A'))::DOUBLE / nullif(count(*) FILTER (WHERE stage <> 'Unknown'), 0) AS early_count_share,
                count(*) FILTER (WHERE stage IN ('Angel', 'Seed'))::DOUBLE / nullif(count(*) FILTER (WHERE stage <> 'Unknown'), 0) AS seed_angel_count_share,
                sum(amount) FILTER (WHERE stage IN ('C', 'D', 'EPlus', 'PreIPO')) / nullif(sum(amount) FILTER (WHERE stage <> 'Unknown'), 0) AS late_value_share
            FROM scopes GROUP BY ALL),
        per_stage AS (
            SELECT q, dim, val, stage, count(*) AS c, sum(amount) AS v, median(amount) AS median_amount FROM scopes GROUP BY ALL),
        stage_shares AS (
            SELECT q, dim, val, stage, median_amount,
                c::DOUBLE / sum(c) OVER (PARTITION BY q, dim, val) AS stage_count_share,
                v / sum(v) OVER (PARTITION BY q, dim, val) AS stage_value_share
            FROM per_stage)
        SELECT s.q, s.dim, s.val, s.deal_count, c.hhi, c.cr4, c.top_quintile_share, c.gini, s.early_count_share, s.seed_angel_count_share, s.late_value_share,
            (SELECT count(*) FROM stage_shares t WHERE t.q = s.q AND t.dim = s.dim AND t.val = s.val) AS stages
        FROM stages s LEFT JOIN concentration c USING (q, dim, val)
        ORDER BY s.q, s.dim, s.val
        """;

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
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }
}
