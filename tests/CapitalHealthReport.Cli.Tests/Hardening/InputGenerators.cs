using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>
/// Writes the corpus inputs that are too large or too binary to commit (1 MB fields, 100,000 columns,
/// GBK and UTF-16 bytes, NUL bytes, 10,000-level nesting), deterministically, into a case's temporary folder.
/// </summary>
public static class InputGenerators
{
    private const string Header = "date,company,sector,stage,amount,region";

    private static readonly UTF8Encoding Utf8 = new(false);

    static InputGenerators()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The valid three-row deals file the generators start from.</summary>
    public static string GoodDeals { get; } =
        Header + "\n2024-01-15,Alpha Robotics,AI,A轮,5000万,北京\n2024-02-20,Beta Energy,Energy,Seed,1200000,Shanghai\n2024-03-05,Gamma Water,Water,B,30000000,Guangdong\n";

    public static IReadOnlyList<string> Names { get; } =
    [
        "big-mapping", "binary-garbage", "control-characters", "corrupt-zip", "deep-expression", "deep-json", "deep-yaml", "deep-yaml-config", "deep-yaml-rules",
        "gbk-csv", "huge-mapping-value", "latin-header", "latin-amounts", "huge-verified-json", "long-expression", "long-field", "long-line", "many-rows", "many-rules", "many-yaml-values",
        "mixed-encoding", "nul-bytes", "pdf-bomb", "utf16-bom", "utf16-no-bom", "wide-csv",
    ];

    private static string ProbeRule(string when) =>
        "category: Concentration\nrules:\n  - id: CH1908\n    title: Probe rule\n    severity: warning\n    scope: period\n    when: \"" + when
        + "\"\n    message: \"probe\"\n    description: Probe.\n";

    public static void Run(string name, string folder)
    {
        switch (name)
        {
            case "gbk-csv":
                Write(folder, "deals.csv", Gb18030.GetBytes(ChineseRows(40)));
                break;
            case "utf16-no-bom":
                Write(folder, "deals.csv", Encoding.Unicode.GetBytes(GoodDeals));
                break;
            case "utf16-bom":
                Write(folder, "deals.csv", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(GoodDeals)]);
                break;
            case "latin-header":
                Write(folder, "deals.csv", Encoding.Latin1.GetBytes("Datum;Unternehmen;Betrag;Währung\n05.01.2024;Müller GmbH;1.500.000;EUR\n06.02.2024;Société Générale;2.000.000;EUR\n"));
                break;
            case "latin-amounts":
                Write(folder, "deals.csv", Encoding.GetEncoding("windows-1252").GetBytes("date;company;amount;currency\n2024-03-05;Müller GmbH;1.500.000,00 €;EUR\n2024-03-06;Señor SL;2.000.000,50 €;EUR\n2024-03-07;Zürich AG;3,5 Mio. €;EUR\n"));
                break;
            case "mixed-encoding":
                Write(folder, "deals.csv", [.. Utf8.GetBytes(GoodDeals), .. Gb18030.GetBytes("2024-03-09,北京深度智能,AI,A轮,100,北京\n"), .. Utf8.GetBytes("2024-03-10,Delta Health,Health,Seed,5000,Zhejiang\n")]);
                break;
            case "nul-bytes":
                Write(folder, "deals.csv", [.. Utf8.GetBytes(Header + "\n2024-01-15,Alpha"), 0, .. Utf8.GetBytes("Robotics,AI,A,100,Beijing\n")]);
                break;
            case "binary-garbage":
                var garbage = new byte[4096];
                new Random(42).NextBytes(garbage);
                Write(folder, "deals.csv", garbage);
                break;
            case "corrupt-zip":
                byte[] zip = [0x50, 0x4B, 0x03, 0x04, .. Utf8.GetBytes("this archive was cut off after its first header")];
                Write(folder, "deals.xlsx", zip);
                Write(folder, "deals.csv", zip);
                break;
            case "long-field":
                WriteText(folder, "deals.csv", $"date,company,amount\n2024-01-01,Alpha,100\n2024-01-02,{new string('x', (1 << 20) + 1)},200\n");
                break;
            case "long-line":
                WriteText(folder, "deals.csv", $"date,company,amount,notes\n2024-01-01,Alpha,100,short\n2024-01-02,Beta,200,{new string('n', 1_000_000)}\n");
                break;
            case "wide-csv":
                WriteText(folder, "deals.csv", string.Join(',', Enumerable.Range(0, 100_000).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))) + "\n");
                break;
            case "many-rows":
                var rows = new StringBuilder("date,company,amount\n");
                for (var i = 0; i < 1_001; i++)
                {
                    rows.Append(CultureInfo.InvariantCulture, $"2024-01-{1 + (i % 28):00},Company {i},{100 + i}\n");
                }

                WriteText(folder, "deals.csv", rows.ToString());
                break;
            case "deep-yaml":
                WriteText(folder, "mapping.yaml", "columns: " + Nested(10_000) + "\n");
                WriteText(folder, "deals.csv", GoodDeals);
                break;
            case "deep-yaml-config":
                WriteText(folder, "capitalhealth.yaml", "parameters: " + Nested(10_000) + "\n");
                break;
            case "deep-yaml-rules":
                WriteText(folder, "pack.yaml", "category: " + Nested(10_000) + "\n");
                break;
            case "deep-expression":
                WriteText(folder, "pack.yaml", ProbeRule(new string('(', 7_000) + "true" + new string(')', 7_000)));
                break;
            case "long-expression":
                WriteText(folder, "pack.yaml", ProbeRule("Metrics.Hhi" + string.Concat(Enumerable.Repeat(" + 1", 10_000)) + " > 0"));
                break;
            case "deep-json":
                WriteText(folder, "deals.jsonl", "{\"date\":\"2024-01-01\",\"company\":\"Alpha\",\"amount\":100}\n{\"date\":\"2024-01-02\",\"company\":\"Beta\",\"notes\":" + new string('[', 10_000) + new string(']', 10_000) + "}\n");
                break;
            case "big-mapping":
                var big = new StringBuilder("format: csv\n");
                while (big.Length < 5 << 20)
                {
                    big.Append("# a comment line that pads the mapping file well beyond any sensible size\n");
                }

                WriteText(folder, "mapping.yaml", big.ToString());
                break;
            case "many-rules":
                var pack = new StringBuilder("category: Concentration\nrules:\n");
                for (var i = 0; i < 51; i++)
                {
                    pack.Append(CultureInfo.InvariantCulture, $"  - id: CH1{100 + i:000}\n    title: Rule {i}\n    severity: info\n    scope: period\n    when: Metrics.Hhi > {i}\n    message: \"hhi {{{{ metrics.hhi | num }}}}\"\n    description: Generated rule {i}.\n");
                }

                WriteText(folder, "pack.yaml", pack.ToString());
                break;
            case "control-characters":
                WriteText(folder, "deals.csv", ChineseRows(60) + "2024-01-15,\u001b]0;pwned\u0007Alpha\u001b[2J,AI,A,100,\u001b[31mRed\u001b[0m\n2024-02-20,Beta\u202eateB,AI,Seed,200,\u0007Bell\n");
                break;
            case "huge-mapping-value":
                WriteText(folder, "mapping.yaml", "format: " + new string('x', 900_000) + "\n");
                WriteText(folder, "deals.csv", GoodDeals);
                break;
            case "many-yaml-values":
                WriteText(folder, "capitalhealth.yaml", "parameters: [" + string.Join(',', Enumerable.Repeat("1", 270_000)) + "]\n");
                break;
            case "huge-verified-json":
                // 12 MB of lines that share nothing with the output: a tampered snapshot the diff must not chew on for minutes.
                var tampered = new StringBuilder();
                for (var i = 0; tampered.Length < 12 << 20; i++)
                {
                    tampered.Append(CultureInfo.InvariantCulture, $"  \"tampered line {i}\": {i * 7919 % 100_003},\n");
                }

                Directory.CreateDirectory(Path.Combine(folder, "snaps"));
                WriteText(folder, Path.Combine("snaps", "analyze-2025Q1.verified.json"), tampered.ToString());
                break;
            case "pdf-bomb":
                Directory.CreateDirectory(Path.Combine(folder, "snaps"));
                Write(folder, Path.Combine("snaps", "report-2025Q1.en.verified.pdf"), PdfBomb(320 << 20));
                break;
            default:
                if (!LoaderInputGenerators.Run(name, folder))
                {
                    throw new InvalidDataException($"unknown generator '{name}'; known: {string.Join(", ", [.. Names, .. LoaderInputGenerators.Names])}.");
                }

                break;
        }
    }

    private static Encoding Gb18030 => Encoding.GetEncoding("gb18030");

    /// <summary><paramref name="rows"/> deals with Chinese company, stage and region names.</summary>
    public static string ChineseRows(int rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        string[] regions = ["北京", "上海", "广东", "浙江"];
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2024-{1 + (i % 12):00}-{1 + (i % 27):00},智能科技{i}号,AI,A轮,{1000 + i}万,{regions[i % regions.Length]}\n");
        }

        return text.ToString();
    }

    /// <summary>A small PDF whose one content stream inflates to <paramref name="inflated"/> zero bytes (a compression bomb).</summary>
    public static byte[] PdfBomb(int inflated)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var written = 0; written < inflated; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        var head = Utf8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"));
        var tail = Utf8.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return [.. head, .. compressed.ToArray(), .. tail];
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static void WriteText(string folder, string file, string text) => Write(folder, file, Utf8.GetBytes(text));

    private static void Write(string folder, string file, byte[] bytes) => File.WriteAllBytes(Path.Combine(folder, file), bytes);
}
