using System.CommandLine;
using System.Globalization;
using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Rules;

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
            input.Deals, input.Mapping, input.Sheet, input.Config, input.Period, series, input.Where, by, format, output, input.AsOf,
        };
        var limits = LimitOptions.AddTo(command, output: true);

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var given = input.Read(parse);
            var request = new MetricsRequest(
                given.Deals,
                given.Mapping,
                given.Sheet,
                given.Config,
                given.Period,
                parse.GetValue(series),
                given.Where,
                parse.GetValue(by) ?? [],
                parse.GetValue(format) ?? "json",
                parse.GetValue(output),
                given.AsOf)
            {
                Limits = limits.Read(parse),
            };
            return Run(request, stdout, stderr);
        });
        return command;
    }

    internal sealed record MetricsRequest(
        string? Deals,
        string? Mapping,
        string? Sheet,
        string? Config,
        string? Period,
        string? Series,
        string[] Where,
        string[] By,
        string Format,
        string? Output,
        string? AsOf)
    {
        /// <summary>Input and output limits (<c>--max-rows</c>, <c>--max-output-size</c>, …; docs/limits.md).</summary>
        public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
    }

    internal static int Run(MetricsRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (request.Period is not null && request.Series is not null)
        {
            throw new InputException("--period and --series exclude each other.", null, hint: "Give one period (--period 2025Q1) or a series (--series quarter).");
        }

        var timings = StageTimings.Start(stderr);
        var asOf = CommonOptions.ParseAsOf(request.AsOf);
        var filters = CommonOptions.ParseWhere(request.Where).Select(p => new Filter(p.Key, p.Value)).ToList();
        var parameters = AnalysisConfig.Load(request.Config).Parameters;
        var reference = ReferenceData.Default;
        timings.Stage("setup");
        var load = DealLoader.Load(new LoadOptions { DealsPath = request.Deals, MappingPath = request.Mapping, Sheet = request.Sheet, AsOf = asOf, Limits = request.Limits, StageDone = timings.Stage }, reference);
        if (load.Statistics.RowsRejected > 0)
        {
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"warning: {load.Statistics.RowsRejected} of {load.Statistics.RowsRead} rows of {load.SourceName} were not used; run 'capital-health data validate' for each line and reason."));
        }

        var engine = new MetricsEngine(load.Deals, reference, parameters, filters);
        timings.Stage("columns");
        MetricsDocument document;
        if (request.Series is { } kindName)
        {
            var kind = kindName switch
            {
                "half" => PeriodKind.Half,
                "year" => PeriodKind.Year,
                _ => PeriodKind.Quarter,
            };
            var periods = engine.Series(kind);
            var span = periods.Count == 0 ? "" : Period.Range(periods[0].Start, periods[^1].End).Label;
            document = new MetricsDocument(parameters.ReportingCurrency, span, kindName, filters, engine.ComputeScopes(periods, request.By));
        }
        else
        {
            var chosen = request.Period is { } text ? Period.Parse(text) : engine.DefaultPeriod(asOf);
            document = new MetricsDocument(parameters.ReportingCurrency, chosen.Label, null, filters, engine.ComputeScopes(chosen, request.By));
        }

        timings.Stage("scopes");
        var bytes = Render(document, request.Format);
        timings.Stage("render");
        request.Limits.CheckOutputSize(bytes.Length, request.Output ?? "standard output");
        if (request.Output is { } path)
        {
            AtomicFile.WriteAllBytes(path, bytes);
        }
        else
        {
            stdout.Write(Encoding.UTF8.GetString(bytes));
            stdout.Flush();
        }

        timings.Stage("write");
        return ExitCodes.Success;
    }

    private static byte[] Render(MetricsDocument document, string format)
    {
        if (format == "csv")
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            MetricsCsv.Write(writer, document);
            return new UTF8Encoding(false).GetBytes(writer.ToString());
        }

        using var stream = new MemoryStream();
        MetricsJson.Write(stream, document);
        return stream.ToArray();
    }
}
