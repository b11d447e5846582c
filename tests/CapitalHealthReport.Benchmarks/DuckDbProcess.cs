using System.Globalization;
using DuckDB.NET.Data;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The DuckDB side of the whole-process comparison, run as its own process (<c>duckdb-metrics CSV FX OUT</c>):
/// DuckDB reads the export (<see cref="EnglishExport"/>), converts amounts to CNY with the yearly rates of
/// <c>fx.csv</c>, maps the stage labels onto stages and computes the concentration and stage metrics of every
/// quarter, unsliced, by sector and by region (<see cref="DuckDbComparison.Query"/>), written to OUT as CSV.
/// </summary>
internal static class DuckDbProcess
{
    public static int Run(string csv, string fx, string output)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var stages = string.Join(", ", EnglishExport.Stages.Select(s => $"('{s.Label}', '{s.Stage}')"));
        Execute(connection, $$"""
            CREATE TABLE fx AS SELECT * FROM read_csv('{{Escape(fx)}}', header = true, comment = '#');
            CREATE TABLE stage_labels(label VARCHAR, stage VARCHAR);
            INSERT INTO stage_labels VALUES {{stages}};
            CREATE TABLE deals AS
            SELECT d.date, lower(trim(d.company)) AS company, d.sector, d.region, coalesce(s.stage, 'Unknown') AS stage,
                d.amount * cny.units_per_usd / src.units_per_usd AS amount
            FROM read_csv('{{Escape(csv)}}', header = true,
                    columns = {'id': 'VARCHAR', 'date': 'DATE', 'company': 'VARCHAR', 'sector': 'VARCHAR', 'stage': 'VARCHAR',
                               'amount': 'DOUBLE', 'currency': 'VARCHAR', 'region': 'VARCHAR', 'investors': 'VARCHAR'}) d
            LEFT JOIN stage_labels s ON s.label = d.stage
            LEFT JOIN fx src ON src.currency = d.currency AND src.year = year(d.date)
            LEFT JOIN fx cny ON cny.currency = 'CNY' AND cny.year = year(d.date);
            """);
        Execute(connection, $"COPY ({DuckDbComparison.Query}) TO '{Escape(output)}' (HEADER, DELIMITER ',')");
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM deals";
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
