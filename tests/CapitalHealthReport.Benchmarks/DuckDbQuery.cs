namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The DuckDB query behind both comparisons: the concentration metrics (HHI, CR4, top-quintile share, Gini) and the
/// stage metrics (deal count, early and seed/angel count shares, late value share, and per stage its count share,
/// value share and median amount) of every quarter, unsliced, by sector and by region — the scopes of
/// <c>capital-health metrics --series quarter --by sector --by region</c>. The three slicings are grouping sets
/// over one pass of the deals, not three copies of them.
/// </summary>
internal static class DuckDbQuery
{
    private const string Dimension = "CASE WHEN grouping(sector) = 0 THEN 'sector' WHEN grouping(region) = 0 THEN 'region' ELSE 'all' END";
    private const string Value = "CASE WHEN grouping(sector) = 0 THEN sector WHEN grouping(region) = 0 THEN region ELSE '' END";

    /// <summary>
    /// The metrics of every scope, one row each, ordered by quarter, slicing and value. <paramref name="deals"/> is
    /// a relation (a table name or a parenthesised query) with the columns <c>date, company, sector, region, stage,
    /// amount</c>: company keys, canonical stage names and amounts in one currency.
    /// </summary>
    public static string Metrics(string deals) => $$"""
        WITH d AS (
            SELECT year(date)::VARCHAR || 'Q' || quarter(date)::VARCHAR AS q, sector, coalesce(region, 'Unknown') AS region, company, stage, amount
            FROM {{deals}}),
        companies AS (
            SELECT q, {{Dimension}} AS dim, {{Value}} AS val, company, sum(amount) AS x
            FROM d WHERE amount IS NOT NULL
            GROUP BY GROUPING SETS ((q, company), (q, sector, company), (q, region, company))),
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
        per_stage AS (
            SELECT q, {{Dimension}} AS dim, {{Value}} AS val, stage, count(*) AS c, sum(amount) AS v, median(amount) AS median_amount
            FROM d
            GROUP BY GROUPING SETS ((q, stage), (q, sector, stage), (q, region, stage))),
        stage_rows AS (
            SELECT *, c::DOUBLE / sum(c) OVER scope AS count_share, v / sum(v) OVER scope AS value_share
            FROM per_stage WINDOW scope AS (PARTITION BY q, dim, val)),
        stages AS (
            SELECT q, dim, val,
                sum(c) AS deal_count,
                coalesce(sum(c) FILTER (WHERE stage IN ('Angel', 'Seed', 'PreA', 'A')), 0)::DOUBLE / nullif(sum(c) FILTER (WHERE stage <> 'Unknown'), 0) AS early_count_share,
                coalesce(sum(c) FILTER (WHERE stage IN ('Angel', 'Seed')), 0)::DOUBLE / nullif(sum(c) FILTER (WHERE stage <> 'Unknown'), 0) AS seed_angel_count_share,
                coalesce(sum(v) FILTER (WHERE stage IN ('C', 'D', 'EPlus', 'PreIPO')), 0) / nullif(sum(v) FILTER (WHERE stage <> 'Unknown'), 0) AS late_value_share,
                string_agg(stage || ' ' || round(count_share, 6)::VARCHAR || ' ' || coalesce(round(value_share, 6)::VARCHAR, '-') || ' ' || coalesce(median_amount::VARCHAR, '-'), '; ' ORDER BY stage) AS stage_metrics
            FROM stage_rows GROUP BY ALL)
        SELECT s.q, s.dim, s.val, s.deal_count, c.hhi, c.cr4, c.top_quintile_share, c.gini,
            s.early_count_share, s.seed_angel_count_share, s.late_value_share, s.stage_metrics
        FROM stages s LEFT JOIN concentration c USING (q, dim, val)
        ORDER BY s.q, s.dim, s.val
        """;
}
