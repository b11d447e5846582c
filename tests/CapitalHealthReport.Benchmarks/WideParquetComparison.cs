using System.Globalization;
using Parquet;
using Parquet.Schema;

using static CapitalHealthReport.Benchmarks.ChildRun;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// Two builds loading the same wide Parquet export, side by side in one run (<c>parquet-figures BEFORE AFTER [PAIRS]
/// [ROWS] [EXTRA]</c>, each the folder of <c>dotnet publish src/CapitalHealthReport.Cli</c> or the executable in it):
/// <c>capital-health data validate</c> on the deals of the English export (<see cref="EnglishExport"/>, default
/// 200,000) written as Parquet with <c>EXTRA</c> (default 30) text columns the loader does not read, descriptions and
/// links of 60 to 200 characters as exports carry them. Run alternately, each pair in a new order; prints wall time,
/// CPU time and peak resident memory of each run and their medians.
/// </summary>
internal static class WideParquetComparison
{
    private const int RowGroupRows = 50_000;

    public static void Run(TextWriter output, string before, string after, int pairs, int rows, int extra)
    {
        var executables = new[] { Executable(before), Executable(after) };
        var path = File(rows, extra);
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var figures = new[] { new List<ChildRun.Figures>(), new List<ChildRun.Figures>() };
        var loadBefore = LoadAverage();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} deals with {extra} extra text columns, {path} ({new FileInfo(path).Length / 1048576.0:F0} MB); {pairs} pairs; loadavg {loadBefore}"));
        var arguments = new[] { "data", "validate", "--deals", path };
        for (var pair = 0; pair < pairs; pair++)
        {
            // Alternate which goes first, so that neither always runs on a cache the other warmed.
            foreach (var side in pair % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                figures[side].Add(ChildRun.Measure(self, executables[side], arguments));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pair {pair + 1}: before {figures[0][^1].Wall:F3} s {figures[0][^1].PeakMb:F0} MB; after {figures[1][^1].Wall:F3} s {figures[1][^1].PeakMb:F0} MB"));
        }

        output.WriteLine();
        output.WriteLine("| build | wall median (min–max) | CPU median | peak RSS median |");
        output.WriteLine("|---|---|---|---|");
        Row(output, $"before ({before})", figures[0]);
        Row(output, $"after ({after})", figures[1]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| ratio after / before | {Median(figures[1], f => f.Wall) / Median(figures[0], f => f.Wall):F2} | {Median(figures[1], f => f.Cpu) / Median(figures[0], f => f.Cpu):F2} | {Median(figures[1], f => f.PeakMb) / Median(figures[0], f => f.PeakMb):F2} |"));
        output.WriteLine();
        output.WriteLine($"loadavg before {loadBefore}; after {LoadAverage()}");
    }

    /// <summary>The wide Parquet export of <paramref name="rows"/> deals, written on first use into the temp folder.</summary>
    public static string File(int rows, int extra)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"capitalhealth-wide-{rows}-{extra}.parquet"));
        if (!System.IO.File.Exists(path))
        {
            var partial = path + ".partial";
            Write(partial, EnglishExport.File(rows, companies: (int)Math.Max(1, rows * 3L / 10)), extra);
            System.IO.File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Writes the CSV export's deals as Parquet (the amount a nullable double), with <paramref name="extra"/> text columns after them.</summary>
    private static void Write(string path, string csv, int extra)
    {
        var names = EnglishExport.Header.Split(',');
        var amount = Array.IndexOf(names, "amount");
        var fields = names.Select(n => n == "amount" ? (DataField)new DataField<double?>(n) : new DataField<string>(n))
            .Concat(Enumerable.Range(1, extra).Select(static k => new DataField<string>(k % 3 == 0 ? $"link_{k}" : $"description_{k}")))
            .ToArray();
        var schema = new ParquetSchema(fields);
        var lines = System.IO.File.ReadLines(csv).Skip(1).GetEnumerator();
        using var stream = System.IO.File.Create(path);
        var writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
        var row = 0;
        while (true)
        {
            var cells = new List<string[]>(RowGroupRows);
            while (cells.Count < RowGroupRows && lines.MoveNext())
            {
                // The export's fields hold no commas; a list of investors is quoted.
                cells.Add([.. lines.Current.Split(',').Select(static c => c.Trim('"'))]);
            }

            if (cells.Count == 0)
            {
                break;
            }

            using var group = writer.CreateRowGroup();
            for (var c = 0; c < names.Length; c++)
            {
                if (c == amount)
                {
                    group.WriteAsync<double>(fields[c], cells.Select(r => r[c].Length == 0 ? (double?)null : double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray()).GetAwaiter().GetResult();
                }
                else
                {
                    group.WriteAsync(fields[c], [.. cells.Select(r => r[c])]).GetAwaiter().GetResult();
                }
            }

            for (var k = 1; k <= extra; k++)
            {
                var first = row;
                group.WriteAsync(fields[names.Length + k - 1], [.. cells.Select((r, i) => Text(k, first + i, r[0]))]).GetAwaiter().GetResult();
            }

            row += cells.Count;
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A description or a link of 60 to 200 characters, different on every row.</summary>
    private static string Text(int column, int row, string id)
    {
        if (column % 3 == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"https://deals.example.org/rounds/{id}/documents/{column}?source=export&row={row}&hash={(uint)HashCode.Combine(column, row):x8}");
        }

        var words = new[] { "The", "company", "raised", "its", "round", "to", "expand", "production", "hire", "engineers", "and", "enter", "new", "markets", "across", "the", "region" };
        var length = 6 + ((row * 31 + column * 17) % 26);
        return string.Join(' ', Enumerable.Range(0, length).Select(w => words[(w + row + column) % words.Length])) + string.Create(CultureInfo.InvariantCulture, $" ({id}, note {column}).");
    }

}
