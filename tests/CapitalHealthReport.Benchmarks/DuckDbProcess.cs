namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The DuckDB side of the whole-process comparison, run as its own process (<c>duckdb-metrics CSV FX OUT</c>): one
/// statement that reads the export (<see cref="EnglishExport"/>) with <c>read_csv</c>, maps the stage labels onto
/// stages, converts amounts to CNY with the yearly rates of <c>fx.csv</c> and computes the concentration and stage
/// metrics of every quarter, unsliced, by sector and by region (<see cref="DuckDbQuery"/>) straight from the file,
/// writing them to OUT as CSV. No table of the deals is created first; what DuckDB keeps in memory while it runs is
/// its own choice, as a user of DuckDB would leave it.
/// </summary>
internal static class DuckDbProcess
{
    /// <summary>Runs the query; returns the number of scopes written.</summary>
    public static long Run(string csv, string fx, string output)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({DuckDbQuery.Metrics(Deals(csv, fx))}) TO '{Escape(output)}' (HEADER, DELIMITER ',')";
        return command.ExecuteNonQuery();
    }

    /// <summary>The deals relation the query reads: the CSV as DuckDB parses it, joined to stage names and rates.</summary>
    internal static string Deals(string csv, string fx)
    {
        var stages = string.Join(", ", EnglishExport.Stages.Select(s => $"('{s.Label}', '{s.Stage}')"));
        return $$"""
            (SELECT r.date, lower(trim(r.company)) AS company, r.sector, r.region, coalesce(s.stage, 'Unknown') AS stage,
                r.amount * cny.units_per_usd / src.units_per_usd AS amount
            FROM read_csv('{{Escape(csv)}}', header = true,
                    columns = {'id': 'VARCHAR', 'date': 'DATE', 'company': 'VARCHAR', 'sector': 'VARCHAR', 'stage': 'VARCHAR',
                               'amount': 'DOUBLE', 'currency': 'VARCHAR', 'region': 'VARCHAR', 'investors': 'VARCHAR'}) r
            LEFT JOIN (VALUES {{stages}}) s(label, stage) ON s.label = r.stage
            LEFT JOIN read_csv('{{Escape(fx)}}', header = true, comment = '#') src ON src.currency = r.currency AND src.year = year(r.date)
            LEFT JOIN read_csv('{{Escape(fx)}}', header = true, comment = '#') cny ON cny.currency = 'CNY' AND cny.year = year(r.date))
            """;
    }

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
