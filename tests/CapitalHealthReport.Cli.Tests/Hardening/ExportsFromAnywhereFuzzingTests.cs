using System.Globalization;
using System.Text;
using System.Text.Json;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Reference;
using CsCheck;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Property-based fuzzing of Nordic, Latin American, Australian, New Zealand, Singapore, Malaysian and South African exports with CsCheck: their headers, amounts (units, the sign
/// <c>kr</c>, <c>mil</c>, <c>A$</c>, <c>NZ$</c>, <c>RM</c>, <c>R</c>, <c>juta</c>, Portuguese and Spanish amount words, undisclosed markers), regions and countries, as written and
/// with a character changed, in CSV, TSV and JSON Lines objects that leave out keys. Every file must load, accounting
/// for each row, or be refused as bad input, within a time budget; through the command line, never exit 70.
/// </summary>
public sealed class ExportsFromAnywhereFuzzingTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static readonly string[][] Headers =
    [
        ["Datum", "Bolag", "Bransch", "Runda", "Belopp", "Land", "Län"],
        ["Datum", "Bolag", "Bransch", "Runda", "Belopp (MSEK)", "Valuta", "Län"],
        ["Dato", "Selskap", "Bransje", "Runde", "Beløp", "Land", "Fylke"],
        ["Päivämäärä", "Yritys", "Toimiala", "Kierros", "Summa", "Maa", "Maakunta"],
        ["Data", "Empresa", "Setor", "Rodada", "Valor", "Pais", "Estado"],
        ["Fecha", "Empresa", "Sector", "Ronda", "Monto", "Pais", "Region"],
        ["date", "company", "sector", "stage", "amount", "country", "region"],
        ["Date", "Company", "Sector", "Stage", "Amount", "Country", "State"],
        ["Date", "Company", "Sector", "Stage", "Amount", "Country", "Province"],
        ["Tarikh", "Syarikat", "Sektor", "Peringkat", "Jumlah", "Mata Wang", "Negeri"],
        ["Fecha", "Empresa", "Sector", "Ronda", "Monto", "Pais", "Departamento"],
    ];

    private static readonly string[] Dates = ["2024-01-02", "15/01/2025", "2024-3-5", "45356", "", "ej angivet", "2031-01-01"];
    private static readonly string[] Labels = ["Alfa AB", "Beta AS", "Gama Ltda", "Energi", "Hälsa", "Logística", "Serie A", "Såddrunda", "Série A", "Semilla", "Nyemission", "SEK", "NOK", "BRL", "COP", ""];

    private static readonly string[] Amounts =
    [
        "25 MSEK", "8,5 Mkr", "1,2 mdkr", "500 tkr", "750 t.kr.", "5 mio. kr.", "NOK 12 mill.", "2 miljoner", "1,5 mia.", "R$ 800 mil", "US$ 1,5 mi",
        "COP 2.000 millones", "1.500 MM", "R$ 1,2 bilhão", "3 mil millones", "800 mil", "ej offentligt", "ikke oppgitt", "não divulgado", "no divulgado",
        "Totalt", "I alt", "kr", "Mkr", "mil", "R$", "1,2,3 Mkr", "-5 MSEK", "1e30 mdkr", "99999999999999999999 tkr", "12", "",
        "A$5m", "AU$8m", "NZ$2.5m", "S$15m", "RM 5 juta", "RM5m", "MYR 12.5 million", "RM 1.5 bilion", "R 10m", "R5m", "ZAR 25 million", "RM", "R", "R-5m",
        "THB 150 million", "฿ 20,000,000", "฿", "1,5 milj. €",
    ];

    private static readonly string[] Places =
    [
        "SP", "MG", "SC", "BR-SP", "São Paulo", "Stockholms län", "Bergen", "Region Hovedstaden", "CA", "NY", "PA", "AR", "Sverige", "Brasil",
        "México", "US", "CO", "Norge", "Suomi", "", "  ", "X",
        "WA", "SA", "NT", "NSW", "ACT", "Auckland", "Wellington", "Selangor", "Pulau Pinang", "Kuala Lumpur", "Gauteng", "North West", "KwaZulu-Natal",
        "Australia", "New Zealand", "Malaysia", "South Africa", "Singapore",
        "Uusimaa", "Nyland", "Helsinki", "FI-18", "Tampere", "Turku", "Oulu", "Åland", "Finland", "Bogotá", "Bogota", "CO-DC", "Medellín", "Cali",
        "Cartagena", "Amazonas", "CO-AMA", "Colombia", "Thailand",
    ];

    private readonly string _temp = Directory.CreateTempSubdirectory("chr-fuzz-anywhere-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>A cell as exports write it, or with one character changed, or random text.</summary>
    private static Gen<string> Cell(string[] forms) => Gen.Frequency(
        (6, Gen.OneOf(forms)),
        (2, Gen.Select(Gen.OneOf(forms), Gen.Int[0, 40], Gen.OneOf('.', ',', ' ', '$', 'k', 'M', '\u00A0', '"', ';', '-', 'ä', '亿', '\uFFFD')).Select(static (form, at, c) => form.Insert(form.Length == 0 ? 0 : at % form.Length, c.ToString()))),
        (1, Gen.String));

    private static Gen<string[]> Row { get; } =
        Gen.Select(Cell(Dates), Cell(Labels), Cell(Labels), Cell(Labels), Cell(Amounts), Cell(Places), Cell(Places))
            .Select(static (date, company, sector, stage, amount, country, region) => new[] { date, company, sector, stage, amount, country, region });

    [Fact]
    public void Random_Nordic_and_Latin_American_exports_load_or_fail_cleanly_and_every_row_is_accounted_for()
    {
        int loaded = 0, cells = 0;
        Gen.Select(Gen.Int[0, Headers.Length - 1], Row.Array[1, 25], Gen.OneOf("csv", "tsv", "jsonl")).Sample((header, rows, format) =>
        {
            var path = Write(Headers[header], rows, format);
            LoadResult? result = null;
            var error = TimeBudget.Run(
                () => result = DealLoader.Load(new LoadOptions { DealsPath = path, AllowEmpty = true, AsOf = new DateOnly(2025, 6, 30) }, ReferenceData.Default),
                Budget,
                () => File.ReadAllText(path));
            Interlocked.Add(ref cells, rows.Length * Headers[header].Length);
            if (error is not null)
            {
                return;
            }

            Interlocked.Increment(ref loaded);
            var s = result!.Statistics;
            Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsRejected);
            Assert.Equal(s.RowsLoaded, result.Deals.Count);
            var rejectedLines = result.Issues.Where(static i => i.Code.StartsWith("CHD0", StringComparison.Ordinal)).Select(static i => i.Line).ToHashSet();
            Assert.Equal(s.RowsRejected, rejectedLines.Count);
        }, iter: 400, threads: 2);

        Assert.True(loaded > 200, $"only {loaded} of 400 random exports loaded; the generator no longer reaches the row mapper");
        Assert.True(cells > 10_000, $"only {cells} cells were generated");
    }

    [Fact]
    public void Random_Nordic_and_Latin_American_exports_never_end_the_command_line_in_an_internal_error()
    {
        Gen.Select(Gen.Int[0, Headers.Length - 1], Row.Array[1, 25], Gen.OneOf("csv", "jsonl"), Gen.OneOf("data", "metrics")).Sample((header, rows, format, command) =>
        {
            var path = Write(Headers[header], rows, format);
            string[] args = command == "data" ? ["data", "validate", "--deals", path, "--format", "json"] : ["metrics", "--deals", path, "--by", "region", "--format", "json", "--as-of", "2025-06-30"];

            var run = CliRun.Run(args, TimeSpan.FromSeconds(20));

            Assert.True(run.ExitCode is 0 or 2, $"exit {run.ExitCode} for {File.ReadAllText(path)}\n{run}");
            run.AssertNoStackTrace();
        }, iter: 60, threads: 1);
    }

    private string Write(string[] header, string[][] rows, string format)
    {
        var text = new StringBuilder();
        if (format == "jsonl")
        {
            foreach (var row in rows)
            {
                // Exporters leave out a key whose value is empty.
                var pairs = header.Select((name, i) => (name, value: row[i])).Where(static c => c.value.Length > 0);
                text.Append('{').AppendJoin(',', pairs.Select(static c => JsonSerializer.Serialize(c.name) + ":" + JsonSerializer.Serialize(c.value))).Append("}\n");
            }
        }
        else
        {
            var delimiter = format == "tsv" ? '\t' : ',';
            text.AppendJoin(delimiter, header).Append('\n');
            foreach (var row in rows)
            {
                text.AppendJoin(delimiter, row.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
            }
        }

        var path = Path.Combine(_temp, Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + "." + format);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}
