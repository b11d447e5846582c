using System.Globalization;
using System.Text;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// The loader's promises on Nordic, Latin American, Australian, New Zealand, Singapore, Malaysian, South African, Finnish and Colombian exports, checked on generated files: a file's deals do not depend
/// on the order of its rows, nor on where the batch boundary falls relative to the rows that decide a column (the only
/// Brazilian row, the only code that is a Brazilian state alone), and a JSON Lines export that leaves out the keys of
/// empty values reads as the CSV with those cells empty.
/// </summary>
public sealed class ExportsFromAnywherePropertyTests
{
    private static readonly string[][] Headers =
    [
        ["Datum", "Bolag", "Bransch", "Runda", "Belopp", "Land", "Län"],
        ["Dato", "Selskap", "Bransje", "Runde", "Beløp", "Land", "Fylke"],
        ["Data", "Empresa", "Setor", "Rodada", "Valor", "Pais", "Estado"],
        ["Fecha", "Empresa", "Sector", "Ronda", "Monto", "Pais", "Region"],
        ["Date", "Company", "Sector", "Stage", "Amount", "Country", "State"],
        ["Date", "Company", "Sector", "Stage", "Amount", "Country", "Province"],
        ["Tarikh", "Syarikat", "Sektor", "Peringkat", "Jumlah", "Negara", "Negeri"],
        ["Päivämäärä", "Yritys", "Toimiala", "Kierros", "Summa", "Maa", "Maakunta"],
        ["Fecha", "Empresa", "Sector", "Ronda", "Monto", "Pais", "Departamento"],
    ];

    private static readonly string[] Dates = ["2024-01-02", "2024-03-05", "2024-06-30", "2024-11-11", "", "not a date"];
    private static readonly string[] Companies = ["Alfa AB", "Beta AS", "Gama Ltda", "Delta SA", "Épsilon", ""];
    private static readonly string[] Sectors = ["Energi", "Hälsa", "Helse", "Tekoäly", "Fintech", "Logística", "Varejo", "Saúde", "Agronegócio", "Tecnologia", ""];
    private static readonly string[] Stages = ["Serie A", "Såddrunda", "Série A", "Semilla", "Nyemission", "Rodada B", ""];

    private static readonly string[] Amounts =
    [
        "25 MSEK", "8,5 Mkr", "1,2 mdkr", "500 tkr", "R$ 800 mil", "US$ 1,5 mi", "COP 2.000 millones", "1.500 MM", "R$ 1,2 bilhão",
        "ej offentligt", "não divulgado", "NOK 12 mill.", "5 mio. kr.", "800 mil", "12", "", "abc",
        // Whole numbers only: a decimal point beside the decimal commas above makes a file of mixed number formats.
        "A$5m", "AU$8m", "NZ$2m", "S$15m", "RM 5 juta", "RM5m", "MYR 12 million", "RM 2 bilion", "R 10m", "R5m", "ZAR 25 million", "THB 150 million",
    ];

    private static readonly string[] Regions =
    [
        "SP", "MG", "SC", "BR-SP", "São Paulo", "Stockholms län", "Bergen", "Region Hovedstaden", "CA", "NY", "PA", "Oslo", "",
        "WA", "SA", "NT", "NSW", "VIC", "Auckland", "Selangor", "Pulau Pinang", "Gauteng", "North West", "Singapore",
        "Uusimaa", "Helsinki", "FI-18", "Pirkanmaa", "Bogotá", "CO-DC", "Medellín", "Antioquia", "Amazonas",
    ];

    private static readonly string[] Countries = ["Sverige", "Norge", "Danmark", "Brasil", "México", "US", "CO", "Australia", "New Zealand", "Malaysia", "South Africa", "Singapore", "Suomi", "Colombia", "Thailand", ""];

    private static Gen<string[]> Row { get; } = Gen.Select(Gen.OneOf(Dates), Gen.OneOf(Companies), Gen.OneOf(Sectors), Gen.OneOf(Stages), Gen.OneOf(Amounts), Gen.OneOf(Countries), Gen.OneOf(Regions))
        .Select(static (date, company, sector, stage, amount, country, region) => new[] { date, company, sector, stage, amount, country, region });

    [Fact]
    public void A_Nordic_or_Latin_American_export_loads_the_same_deals_in_any_row_order()
    {
        var loaded = 0;
        Gen.Select(Gen.Int[0, Headers.Length - 1], Row.Array[1, 30], Gen.Int).Sample((header, rows, seed) =>
        {
            var shuffled = rows.ToArray();
            new Random(seed).Shuffle(shuffled);

            var outcome = Outcome(Csv(Headers[header], rows));
            Assert.Equal(outcome, Outcome(Csv(Headers[header], shuffled)));
            if (!outcome.StartsWith("refused: ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref loaded);
            }
        }, iter: 400);

        Assert.True(loaded > 100, $"only {loaded} of 400 generated exports loaded; the generator no longer reaches the row mapper");
    }

    [Fact]
    public void A_json_lines_export_that_leaves_out_the_keys_of_empty_values_reads_as_the_csv_with_empty_cells()
    {
        var cases = 0;
        Gen.Select(Gen.Int[0, Headers.Length - 1], Row.Array[4, 30]).Sample((header, rows) =>
        {
            var names = Headers[header];
            if (Enumerable.Range(0, names.Length).Any(i => rows.All(row => row[i].Length == 0)))
            {
                // A key no object names is no column: the CSV's header would say more than the objects do.
                return;
            }

            var json = new StringBuilder();
            foreach (var row in rows)
            {
                json.Append('{').AppendJoin(',', names.Select((name, i) => (name, value: row[i])).Where(static c => c.value.Length > 0).Select(static c => $"{Quoted(c.name)}:{Quoted(c.value)}")).Append("}\n");
            }

            var outcome = Outcome(Csv(names, rows));
            Assert.Equal(outcome, Outcome(json.ToString(), "deals.jsonl"));
            if (!outcome.StartsWith("refused: ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref cases);
            }
        }, iter: 300);

        Assert.True(cases > 100, $"only {cases} of 300 generated exports named every key and loaded");
    }

    [Theory]
    [InlineData("Brasil", "SC")]
    [InlineData("", "SP")]
    [InlineData("", "São Paulo")]
    public void The_row_that_decides_bare_state_codes_decides_them_wherever_the_batch_boundary_falls(string country, string region)
    {
        const int rows = MappedRows.Capacity + 200;
        var outcomes = new[] { 0, MappedRows.Capacity - 1, MappedRows.Capacity, rows - 1 }.Select(at =>
        {
            var text = new StringBuilder("Data,Empresa,Valor,Pais,Estado\n");
            for (var i = 0; i < rows; i++)
            {
                // The rows are alike but for the deciding one, so that each placement gives the same deals.
                text.Append(i == at ? $"2024-01-15,Decider,100,{country},{region}\n" : $"2024-01-15,C{i - (i > at ? 1 : 0)},100,,SC\n");
            }

            return Outcome(text.ToString());
        }).ToList();

        Assert.All(outcomes, outcome => Assert.Equal(outcomes[0], outcome));
    }

    [Theory]
    [InlineData("Belopp (MSEK)", "25", "25000000 SEK")]
    [InlineData("Valor", "R$ 800 mil", "800000 BRL")]
    [InlineData("region", "", "")]
    public void A_json_key_first_seen_before_or_after_the_batch_boundary_reads_the_same(string key, string value, string expected)
    {
        var rows = MappedRows.Capacity + 200;
        foreach (var at in new[] { 0, MappedRows.Capacity - 1, MappedRows.Capacity, rows - 1 })
        {
            var text = new StringBuilder();
            for (var i = 0; i < rows; i++)
            {
                var extra = i != at ? "" : key == "region" ? ",\"region\":\"Stockholms län\"" : $",{Quoted(key)}:{Quoted(value)}";
                var amount = key == "region" ? ",\"amount\":\"100\"" : "";
                text.Append(CultureInfo.InvariantCulture, $"{{\"date\":\"2024-01-{(i % 28) + 1:00}\",\"company\":\"C{i}\"{amount}{extra}}}\n");
            }

            using var temp = new TempDeals();
            var result = temp.Load(temp.Write("deals.jsonl", text.ToString()));
            var deal = result.Deals.Deals.Single(d => d.Company == $"C{at}");

            Assert.Equal(rows, result.Statistics.RowsLoaded);
            Assert.Empty(result.Issues);
            if (key == "region")
            {
                Assert.Equal("Stockholm County", deal.Region);
            }
            else
            {
                Assert.Equal(expected, string.Create(CultureInfo.InvariantCulture, $"{deal.Amount:0} {deal.Currency}"));
            }
        }
    }

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(static c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)).Append('\n');
        }

        return text.ToString();
    }

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>What a load gives, whatever the order of rows: its deals sorted, its counts, unmapped values and the data's country; or the error's reason.</summary>
    private static string Outcome(string text, string name = "deals.csv")
    {
        using var temp = new TempDeals();
        try
        {
            var result = temp.Load(temp.Write(name, text), asOf: new DateOnly(2025, 6, 30), allowEmpty: true);
            var s = result.Statistics;
            Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsRejected);
            var deals = result.Deals.Deals
                .Select(static d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:yyyy-MM-dd}|{d.Company}|{d.Sector}|{d.Stage}|{d.Amount}|{d.Currency}|{d.Region}|{d.Country}|{d.AmountEstimated}"))
                .Order(StringComparer.Ordinal);
            var rejected = s.RejectedByReason.Select(static r => $"{r.Key}={r.Value.Count}").Order(StringComparer.Ordinal);
            return string.Join('\n', [
                .. deals,
                .. rejected,
                "unmapped regions: " + string.Join(';', s.UnmappedRegions.Select(static r => $"{r.Key}={r.Value}")),
                "unmapped sectors: " + string.Join(';', s.UnmappedSectors.Select(static r => $"{r.Key}={r.Value}")),
                "unmapped countries: " + string.Join(';', s.UnmappedCountries.Select(static r => $"{r.Key}={r.Value}")),
                "country: " + result.Profile.Country,
                "mil: " + result.Profile.MilThousands.ByColumnName + "/" + result.Profile.MilThousands.ByValue,
            ]);
        }
        catch (InputException ex)
        {
            return "refused: " + ex.Reason;
        }
    }
}
