using System.CommandLine;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// The list of top-level commands. Each command is one static class in this folder with a
/// <c>Create()</c> factory; add a line here when adding one.
/// </summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Create()
    {
        yield return AnalyzeCommand.Create();
        yield return DataCommand.Create();
        yield return Init.InitCommand.Create();
        yield return MetricsCommand.Create();
        yield return ReportCommand.Create();
        yield return RulesCommand.Create();
        yield return SampleCommand.Create();
    }
}
