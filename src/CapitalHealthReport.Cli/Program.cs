using System.CommandLine;
using System.Globalization;
using CapitalHealthReport.Cli;
using CapitalHealthReport.Cli.Commands;
using CapitalHealthReport.IO;
using CapitalHealthReport.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

using var interrupts = InterruptHandler.Install();
return CapitalHealthCli.Run(args, Console.Out, Console.Error);

namespace CapitalHealthReport.Cli
{
    /// <summary>The <c>capital-health</c> command tree. Each command lives in <c>Commands/</c>.</summary>
    public static class CapitalHealthCli
    {
        public static RootCommand CreateRootCommand()
        {
            var root = new RootCommand("capital-health: capital ecosystem health metrics, Roslyn-style findings and a narrative quarterly report.");
            foreach (var command in CommandRegistry.Create())
            {
                root.Subcommands.Add(command);
            }

            return root;
        }

        /// <summary>Parses and runs one command line; returns the process exit code.</summary>
        /// <remarks>
        /// Everything written to <paramref name="stderr"/> shows control characters visibly and is shortened line by
        /// line (<see cref="TerminalWriter"/>); outputs named <c>-</c> go to <paramref name="stdout"/>; no output may
        /// replace a file the command read (<see cref="InputLedger"/>).
        /// </remarks>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            stderr = new TerminalWriter(stderr);
            using var inputs = InputLedger.Begin();
            using var standardOutput = StandardOutput.Use(stdout);
            var root = CreateRootCommand();
            var parseResult = root.Parse(args);
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine($"error: {error.Message}");
                }

                stderr.WriteLine("Run 'capital-health --help' (or '<command> --help') for usage.");
                return ExitCodes.InvalidInput;
            }

            return CommandRunner.Guard(stderr, () => parseResult.Invoke(configuration));
        }
    }
}
