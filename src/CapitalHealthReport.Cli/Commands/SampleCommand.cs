using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.IO;
using CapitalHealthReport.Sample;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// <c>capital-health sample</c>: writes the calibrated sample deals (the content of <c>data/sample/deals.csv</c>
/// for seed 42), or a larger or smaller dataset with the same distributions for tests and benchmarks.
/// </summary>
internal static class SampleCommand
{
    /// <summary>The seed of the bundled sample, and the default.</summary>
    private const int BundledSeed = 42;

    public static Command Create()
    {
        var rows = WholeNumberOption.Create(
            "--rows",
            string.Create(CultureInfo.InvariantCulture, $"Number of deals (default: one calibrated copy, {SampleGenerator.CalibratedRows:N0}). Larger counts repeat the plan with fresh draws and stream to the output."),
            "n",
            1,
            SampleGenerator.MaxRows);
        var seed = WholeNumberOption.Create(
            "--seed",
            "Seed of the generator; the same seed writes the same bytes (42 is the bundled sample).",
            "s",
            int.MinValue,
            int.MaxValue,
            defaultValue: BundledSeed);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Output file (default: deals.csv in the current folder; '-' writes to standard output). Written atomically.",
            HelpName = "file",
        };

        var command = new Command("sample", "Write the bundled sample deals dataset (China, 2023Q1–2025Q2, calibrated to the figures in docs/sample.md) as CSV.");
        command.Options.Add(rows);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var options = new SampleOptions { Rows = parseResult.GetValue(rows), Seed = parseResult.GetValue(seed) ?? BundledSeed };
            var dataset = SampleGenerator.Generate(options);
            var target = parseResult.GetValue(output);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (StandardOutput.IsNamedBy(target))
            {
                dataset.WriteCsv(stdout);
                stdout.Flush();
                return ExitCodes.Success;
            }

            var path = target ?? "deals.csv";
            dataset.WriteFile(path);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {dataset.RowCount:N0} deals (seed {options.Seed}) to {path}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
