using System.Globalization;
using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>Options of the sample generator: number of rows (default: one calibrated copy) and the seed.</summary>
public sealed record SampleOptions
{
    /// <summary>Rows to write; null writes one calibrated copy (<see cref="SampleGenerator.CalibratedRows"/> rows).</summary>
    public int? Rows { get; init; }

    public int Seed { get; init; } = 42;
}

/// <summary>One row of the sample deals file, as text in the canonical columns.</summary>
public sealed record SampleRow(
    string Id,
    string Date,
    string Company,
    string CompanyId,
    string Sector,
    string Subsector,
    string Stage,
    string Amount,
    string Currency,
    string Region,
    string Country,
    string Investors);

/// <summary>
/// A generated sample: its rows, produced lazily (a large row count streams copy by copy and never sits in
/// memory), and writers for CSV text and files.
/// </summary>
public sealed class SampleDataset
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    internal SampleDataset(SampleOptions options, int rows)
    {
        Options = options;
        RowCount = rows;
    }

    public SampleOptions Options { get; }

    public int RowCount { get; }

    /// <summary>The rows in file order; enumerating again yields the same rows.</summary>
    public IEnumerable<SampleRow> Rows => SampleGenerator.Stream(Options.Seed, RowCount);

    /// <summary>Writes the header and rows as CSV: comma-separated, LF line ends, fields quoted only when needed.</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(',', SampleGenerator.Header));
        writer.Write('\n');
        foreach (var row in Rows)
        {
            WriteField(writer, row.Id, ',');
            WriteField(writer, row.Date, ',');
            WriteField(writer, row.Company, ',');
            WriteField(writer, row.CompanyId, ',');
            WriteField(writer, row.Sector, ',');
            WriteField(writer, row.Subsector, ',');
            WriteField(writer, row.Stage, ',');
            WriteField(writer, row.Amount, ',');
            WriteField(writer, row.Currency, ',');
            WriteField(writer, row.Region, ',');
            WriteField(writer, row.Country, ',');
            WriteField(writer, row.Investors, '\n');
        }
    }

    /// <summary>Writes the CSV (UTF-8 without BOM) to <paramref name="path"/> atomically: a temporary file in the same folder, then a rename.</summary>
    public void WriteFile(string path) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
            WriteCsv(writer);
        });

    private static void WriteField(TextWriter writer, string value, char terminator)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(value);
        }

        writer.Write(terminator);
    }
}

/// <summary>
/// Generates the bundled sample deals (<c>data/sample/deals.csv</c>): Chinese deals 2023Q1–2025Q2, labels
/// mixed in Chinese and English as real exports write them, calibrated so that the default report tells the
/// story of the source article, 《硬科技重回资本焦点》 ("Hard tech returns to the focus of capital", 2025, quoting IT桔子 data). Deterministic for a seed (own PCG32 generator, invariant formatting). More
/// rows than one calibrated copy repeat the plan with fresh random draws and new companies, so that every
/// distribution stays the same; fewer rows take an evenly spread subset of one copy.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The canonical column headers, in file order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["id", "date", "company", "company_id", "sector", "subsector", "stage", "amount", "currency", "region", "country", "investors"];

    /// <summary>Rows in one calibrated copy (the default sample).</summary>
    public static int CalibratedRows { get; } = SamplePlan.AiPerMonth.Sum() + SamplePlan.OtherPerQuarter.Sum();

    /// <summary>The most rows one run writes.</summary>
    public const int MaxRows = 50_000_000;

    public static SampleDataset Generate(SampleOptions options)
    {
        var rows = options.Rows ?? CalibratedRows;
        if (rows is < 1 or > MaxRows)
        {
            throw new InputException(SettingText.Of($"{Settings.SampleRows.With(rows.ToString(CultureInfo.InvariantCulture))} is out of range; give a number from 1 to {MaxRows:N0}."), null);
        }

        return new SampleDataset(options, rows);
    }

    internal static IEnumerable<SampleRow> Stream(int seed, int rows)
    {
        var sequence = 0;
        var copies = (rows + CalibratedRows - 1) / CalibratedRows;
        for (var copy = 0; copy < copies; copy++)
        {
            var deals = new SampleBuilder(seed, copy).Build();
            var take = Math.Min(CalibratedRows, rows - (copy * CalibratedRows));
            var render = new RowRenderer(new Pcg32(unchecked((ulong)seed), 1_000_000UL + (ulong)copy));
            for (var j = 0; j < deals.Count; j++)
            {
                if (take < deals.Count && (long)(j + 1) * take / deals.Count == (long)j * take / deals.Count)
                {
                    continue;
                }

                yield return render.Render(deals[j], ++sequence);
            }
        }
    }
}

/// <summary>Writes one planned deal as export text: label variants, date and amount formats, investor separators.</summary>
internal sealed class RowRenderer
{
    private const decimal Yi = 100_000_000m;
    private readonly Pcg32 _rng;
    private readonly Dictionary<string, string[]> _aliases = SampleInvestors.All.ToDictionary(i => i.Name, i => i.Aliases, StringComparer.Ordinal);

    public RowRenderer(Pcg32 rng) => _rng = rng;

    public SampleRow Render(PlannedDeal deal, int sequence)
    {
        var sector = SamplePlan.Sectors[deal.Sector];
        var region = SamplePlan.Regions[deal.Region];
        return new SampleRow(
            string.Create(CultureInfo.InvariantCulture, $"SD{sequence:D7}"),
            FormatDate(deal.Date),
            deal.Company!.Name,
            deal.Company.Id,
            Choose(sector.Labels),
            deal.Company.Subsector,
            Choose(StageLabels(deal.Stage)),
            FormatAmount(deal),
            deal.Usd is null ? "CNY" : "USD",
            Choose(region.Labels),
            "CN",
            FormatInvestors(deal.Investors));
    }

    private string Choose(string[] labels) => labels[_rng.Next(labels.Length)];

    private static string[] StageLabels(Stage stage) => stage switch
    {
        Stage.Angel => ["天使轮", "天使轮", "Angel"],
        Stage.Seed => ["种子轮", "种子轮", "Seed"],
        Stage.PreA => ["Pre-A轮"],
        Stage.A => ["A轮", "A轮", "A+轮", "Series A"],
        Stage.B => ["B轮", "B轮", "Series B", "B+轮"],
        Stage.C => ["C轮", "C轮", "Series C"],
        Stage.D => ["D轮"],
        Stage.EPlus => ["E轮", "E轮", "F轮"],
        Stage.PreIPO => ["Pre-IPO"],
        _ => ["战略投资", "战略投资", "战略融资"],
    };

    private string FormatDate(DateOnly date)
    {
        var roll = _rng.NextDouble();
        return roll < 0.8 ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : roll < 0.92 ? date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }

    private string FormatAmount(PlannedDeal deal)
    {
        if (!deal.Disclosed)
        {
            var roll = _rng.NextDouble();
            return roll < 0.65 ? "未披露" : roll < 0.9 ? "" : "undisclosed";
        }

        if (deal.VagueText is not null)
        {
            return deal.VagueText;
        }

        if (deal.Usd is { } usd)
        {
            return usd >= Yi
                ? (usd / Yi).ToString("0.##", CultureInfo.InvariantCulture) + "亿美元"
                : (usd / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万美元";
        }

        var value = deal.Cny;
        var form = _rng.NextDouble();
        if (form < 0.1)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        if (value >= Yi && form >= 0.15)
        {
            return (value / Yi).ToString("0.##", CultureInfo.InvariantCulture) + Choose(["亿", "亿", "亿元", "亿人民币"]);
        }

        return (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + Choose(["万", "万", "万元", "万人民币"]);
    }

    private string FormatInvestors(List<string> investors)
    {
        if (investors.Count == 0)
        {
            return "";
        }

        var separator = Choose(["、", "、", "、", ";", "，"]);
        var names = investors.Select(name => _aliases.TryGetValue(name, out var aliases) && aliases.Length > 0 && _rng.Chance(0.2) ? aliases[_rng.Next(aliases.Length)] : name);
        return string.Join(separator, names);
    }
}
