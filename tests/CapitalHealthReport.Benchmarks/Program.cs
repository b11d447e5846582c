using BenchmarkDotNet.Running;

namespace CapitalHealthReport.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- --filter '*Loading*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["docs-images", ..])
        {
            DocsImages.Run(Console.Out, args.Length > 1 ? args[1] : null);
            return;
        }

        if (args is ["pdf-figures", ..])
        {
            PdfFigures.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
            return;
        }

        if (args is ["process-figures", var executable, var reps, .. var rest])
        {
            ProcessFigures.Run(Console.Out, executable, int.Parse(reps, System.Globalization.CultureInfo.InvariantCulture), rest is ["--", .. var tail] ? tail : rest);
            return;
        }

        if (args is ["compare-duckdb", var published, .. var options])
        {
            PairedComparison.Run(
                Console.Out,
                published,
                options.Length > 0 ? int.Parse(options[0], System.Globalization.CultureInfo.InvariantCulture) : 5,
                options.Length > 1 ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                options.Length > 2 ? options[2] : null);
            return;
        }

        if (args is ["parquet-figures", var before, var after, .. var figures])
        {
            WideParquetComparison.Run(
                Console.Out,
                before,
                after,
                figures.Length > 0 ? int.Parse(figures[0], System.Globalization.CultureInfo.InvariantCulture) : 5,
                figures.Length > 1 ? int.Parse(figures[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000,
                figures.Length > 2 ? int.Parse(figures[2], System.Globalization.CultureInfo.InvariantCulture) : 30);
            return;
        }

        if (args is ["duckdb-metrics", var csv, var fx, var output])
        {
            Console.WriteLine(DuckDbProcess.Run(csv, fx, output));
            return;
        }

        if (args is ["measure-child", var child, .. var childArguments])
        {
            Environment.Exit(ChildRun.Child(child, childArguments));
        }

        if (args is ["english-export", var path, .. var size])
        {
            EnglishExport.Write(path, size.Length > 0 ? int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, 300_000, seed: 42);
            return;
        }

        if (args is ["loading-figures", ..])
        {
            var rows = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
            QuickFigures.Loading(Console.Out, rows, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["metrics-figures", ..])
        {
            QuickFigures.Metrics(Console.Out, 1_000_000, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, duckDb: !args.Contains("--no-duckdb"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
