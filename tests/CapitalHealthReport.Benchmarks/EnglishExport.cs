using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// An export unlike the bundled sample, for the whole-process comparison with DuckDB: English labels, columns
/// <c>id,date,company,sector,stage,amount,currency,region,investors</c>, ids <c>D0…D{n-1}</c> in file order (so
/// not in ordinal order), dates in random order from 2015 to 2024, 300,000 distinct English company names, sector
/// names with spaces, amounts as plain numbers in USD or CNY (a tenth undisclosed) and one to three investors per
/// deal. Deterministic for a seed.
/// </summary>
public static class EnglishExport
{
    public const string Header = "id,date,company,sector,stage,amount,currency,region,investors";

    /// <summary>Sector labels as the export writes them; each maps onto one canonical sector.</summary>
    public static readonly string[] Sectors =
    [
        "Artificial Intelligence", "Semiconductors", "Renewable Energy", "Agriculture", "Water", "Medical Devices",
        "Enterprise Software", "Consumer", "Advanced Manufacturing", "Financial Services",
    ];

    /// <summary>Stage labels as the export writes them, with the canonical stage each maps onto.</summary>
    public static readonly (string Label, string Stage)[] Stages =
    [
        ("Angel", "Angel"), ("Seed", "Seed"), ("Pre-Series A", "PreA"), ("Series A", "A"), ("Series B", "B"), ("Series C", "C"),
        ("Series D", "D"), ("Series E", "EPlus"), ("Pre-IPO", "PreIPO"), ("Strategic", "Strategic"), ("Private Equity", "PE"),
    ];

    private static readonly string[] Regions =
    [
        "Beijing", "Shanghai", "Guangdong", "Zhejiang", "Jiangsu", "Sichuan", "Hubei", "Shandong", "Fujian", "Anhui",
        "Hunan", "Henan", "Shaanxi", "Tianjin", "Chongqing", "Liaoning", "Hebei", "Jiangxi", "Yunnan", "Guangxi",
    ];

    private static readonly string[] Adjectives =
    [
        "Blue", "Bright", "Clear", "Deep", "Silver", "Golden", "Rapid", "Quantum", "Solid", "Open", "Smart", "True", "North",
        "Red", "Green", "Swift", "Prime", "Nova", "Astra", "Vivid", "Bold", "Crystal", "Lunar", "Solar", "Urban", "Polar",
        "Zen", "Iron", "Cloud", "Stellar", "Summit", "Pacific", "Atlas", "Vertex", "Pioneer", "Harbor", "Crimson", "Jade",
        "Amber", "Cobalt",
    ];

    private static readonly string[] Nouns =
    [
        "River", "Stone", "Wave", "Field", "Bridge", "Signal", "Matrix", "Orbit", "Pixel", "Vector", "Beacon", "Harvest",
        "Circuit", "Falcon", "Forge", "Garden", "Horizon", "Lattice", "Meadow", "Nexus", "Ocean", "Prism", "Quartz",
        "Rocket", "Sensor", "Tide", "Umbra", "Valley", "Willow", "Yield", "Anchor", "Cedar", "Delta", "Ember", "Fjord",
        "Grove", "Helix", "Island", "Journey", "Kernel",
    ];

    private static readonly string[] Suffixes =
    [
        "Technologies", "Labs", "Systems", "Robotics", "Health", "Energy", "Networks", "Analytics", "Bio", "Foods",
        "Materials", "Devices", "Software", "Dynamics", "Therapeutics", "Motors", "Capital", "Logistics", "Security",
        "Semiconductor", "Aerospace", "Genomics", "Instruments", "Cloud", "Data", "Learning", "Vision", "Power",
        "Water", "Agritech", "Medical", "Mobility", "Photonics", "Sensors", "Platforms", "Studios", "Works", "Digital",
        "Industries", "Solutions",
    ];

    private static readonly string[] FundWords =
    [
        "Sequoia", "Lightspeed", "Horizon", "Granite", "Summit", "Redwood", "Harbor", "Beacon", "Meridian", "Evergreen",
        "Northstar", "Bluewater", "Ironbridge", "Crescent", "Silverline", "Oakmont", "Pinecrest", "Riverside", "Keystone",
        "Lakeshore",
    ];

    private static readonly string[] FundKinds = ["Ventures", "Capital", "Partners", "Growth Fund", "Investments"];

    /// <summary>The export with <paramref name="rows"/> deals and <paramref name="companies"/> distinct companies (seed 42), written on first use into the temp folder.</summary>
    public static string File(int rows = 1_000_000, int companies = 300_000)
    {
        var path = Path.Combine(Path.GetTempPath(), $"capitalhealth-english-{rows}.csv");
        if (!System.IO.File.Exists(path))
        {
            var partial = path + ".partial";
            Write(partial, rows, companies, seed: 42);
            System.IO.File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    public static void Write(string path, int rows, int companies, int seed)
    {
        if (companies > Adjectives.Length * Nouns.Length * Suffixes.Length * 8)
        {
            throw new ArgumentOutOfRangeException(nameof(companies), "too many distinct companies for the name parts");
        }

        var random = new Random(seed);
        var funds = new string[4000];
        for (var f = 0; f < funds.Length; f++)
        {
            var word = FundWords[f % FundWords.Length];
            var kind = FundKinds[(f / FundWords.Length) % FundKinds.Length];
            var series = f / (FundWords.Length * FundKinds.Length);
            funds[f] = series == 0 ? $"{word} {kind}" : string.Create(CultureInfo.InvariantCulture, $"{word} {kind} {series + 1}");
        }

        // Every company's sector and region are fixed; its deals are spread over the ten years.
        var companySector = new int[companies];
        var companyRegion = new int[companies];
        for (var c = 0; c < companies; c++)
        {
            companySector[c] = random.Next(Sectors.Length);
            companyRegion[c] = random.Next(Regions.Length);
        }

        var first = new DateOnly(2015, 1, 1).DayNumber;
        var days = new DateOnly(2024, 12, 31).DayNumber - first + 1;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(160);
        for (var i = 0; i < rows; i++)
        {
            // Each company has at least one deal; the rest go to companies at random, a few companies much more often.
            var company = i < companies ? (int)((i * 7919L) % companies) : random.Next(4) == 0 ? random.Next(companies / 100) : random.Next(companies);
            var date = DateOnly.FromDayNumber(first + random.Next(days));
            var (stage, _) = Stages[random.Next(Stages.Length)];
            line.Clear();
            line.Append('D').Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(CompanyName(company)).Append(',')
                .Append(Sectors[companySector[company]]).Append(',')
                .Append(stage).Append(',');
            if (random.Next(10) != 0)
            {
                line.Append((random.Next(1, 2000) * 50_000L).ToString(CultureInfo.InvariantCulture));
            }

            line.Append(',').Append(random.Next(10) < 7 ? "USD" : "CNY").Append(',')
                .Append(Regions[companyRegion[company]]).Append(',');
            var investors = random.Next(1, 4);
            if (investors > 1)
            {
                line.Append('"');
            }

            for (var k = 0; k < investors; k++)
            {
                line.Append(k == 0 ? "" : "; ").Append(funds[(int)Math.Min(funds.Length - 1, -Math.Log(1 - random.NextDouble()) * 400)]);
            }

            if (investors > 1)
            {
                line.Append('"');
            }

            writer.WriteLine(line);
        }
    }

    /// <summary>The name of company number <paramref name="company"/>: distinct for every number in range.</summary>
    private static string CompanyName(int company)
    {
        var adjective = Adjectives[company % Adjectives.Length];
        var rest = company / Adjectives.Length;
        var noun = Nouns[rest % Nouns.Length];
        rest /= Nouns.Length;
        var suffix = Suffixes[rest % Suffixes.Length];
        rest /= Suffixes.Length;
        return rest == 0 ? $"{adjective} {noun} {suffix}" : string.Create(CultureInfo.InvariantCulture, $"{adjective} {noun} {suffix} {rest + 1}");
    }
}
