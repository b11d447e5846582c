using System.CommandLine;
using System.Globalization;
using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Cli.Commands;

/// <summary><c>capital-health metrics</c>: the metric catalog for a period (or a series of periods), unsliced and by slice, as JSON or CSV.</summary>
internal static class MetricsCommand
{
    public static Command Create()
    {
        var input = DealInputOptions.ForPeriod();
        var output = CommonOptions.Output();
        var series = new Option<string?>("--series")
        {
            Description = "Every quarter, half or year of the data, oldest first (instead of --period).",
            HelpName = "quarter|half|year",
        };
        series.AcceptOnlyFromAmong("quarter", "half", "year");
        var by = new Option<string[]>("--by")
        {
            Description = "Also one scope per value of this dimension, repeatable: sector, region, stage, investor_type.",
            HelpName = "dimension",
            AllowMultipleArgumentsPerToken = false,
        };
        by.AcceptOnlyFromAmong([.. SliceDimensions.All]);
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (currency, period, filters and one entry per scope) or csv (one row per scope and metric).",
            DefaultValueFactory = _ => "json",
            HelpName = "json|csv",
        };
        format.AcceptOnlyFromAmong("json", "csv");

        var command = new Command("metrics", "Compute the ecosystem-health metrics for a period or a series of periods, unsliced and by slice.")
        {
            input.Deals, input.Mapping, input.Sheet, input.Config, input.Period, series, input.Where, by, format, output, input.AsOf, input.Cutoff,
        };
        var limits = LimitOptions.AddTo(command, output: true);

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var request = new MetricsRequest(
                input.Read(parse),
                parse.GetValue(series),
                parse.GetValue(by) ?? [],
                parse.GetValue(format) ?? "json",
                parse.GetValue(output))
            {
                Limits = limits.Read(parse),
            };
            return Run(request, stdout, stderr);
        });
        return command;
    }

    internal sealed record MetricsRequest(DealInput Input, string? Series, string[] By, string Format, string? Output)
    {
        /// <summary>Input and output limits (<c>--max-rows</c>, <c>--max-output-size</c>, …; docs/limits.md).</summary>
        public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
    }

    internal static int Run(MetricsRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (request.Input.Period is not null && request.Series is not null)
        {
            throw new InputException("--period and --series exclude each other.", null, hint: "Give one period (--period 2025Q1) or a series (--series quarter).");
        }

        var timings = StageTimings.Start(stderr);
        // Metrics never show the input's hash: the pass over the file that computes it is spared.
        var options = request.Input.ToAnalysisOptions(request.Limits) with { StageDone = timings.Stage, HashInput = false };
        timings.Stage("setup");
        var analysis = Analysis.Run(options);
        _ = analysis.Engine;
        timings.Stage("columns");
        var document = request.Series switch
        {
            "half" => analysis.Series(PeriodKind.Half, request.By),
            "year" => analysis.Series(PeriodKind.Year, request.By),
            "quarter" => analysis.Series(PeriodKind.Quarter, request.By),
            _ => analysis.Metrics(request.By),
        };
        timings.Stage("scopes");
        if (request.Output is { } file && request.Format != "csv")
        {
            // Tens of megabytes for a long series: written straight into the output, checked against the limit before it replaces anything.
            AtomicFile.Write(file, stream => request.Limits.CheckOutputSize(MetricsJson.Write(stream, document), file));
            timings.Stage("write");
            AnalysisNotes.Write(analysis, stderr);
            return ExitCodes.Success;
        }

        var bytes = Render(document, request.Format);
        timings.Stage("render");
        request.Limits.CheckOutputSize(bytes.Length, request.Output ?? "standard output");
        if (request.Output is { } path)
        {
            AtomicFile.Write(path, stream => stream.Write(bytes.Span));
        }
        else
        {
            stdout.Write(Encoding.UTF8.GetString(bytes.Span));
            stdout.Flush();
        }

        timings.Stage("write");
        AnalysisNotes.Write(analysis, stderr);
        return ExitCodes.Success;
    }

    /// <summary>The output's bytes (a million-deal series is tens of megabytes: written from the render buffer, not copied).</summary>
    private static ReadOnlyMemory<byte> Render(MetricsDocument document, string format)
    {
        if (format == "csv")
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            MetricsCsv.Write(writer, document);
            return new UTF8Encoding(false).GetBytes(writer.ToString());
        }

        var stream = new MemoryStream();
        MetricsJson.Write(stream, document);
        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }
}
