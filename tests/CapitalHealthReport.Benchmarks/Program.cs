using BenchmarkDotNet.Running;

namespace CapitalHealthReport.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- --filter '*Loading*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
