using System.Globalization;

namespace CapitalHealthReport.Cli.Tests.Determinism;

/// <summary>Runs <c>capital-health</c> in this process through <see cref="CapitalHealthCli.Run"/>, optionally under another current culture.</summary>
public static class InProcess
{
    /// <summary>Runs one command line with <paramref name="culture"/> as the current (and UI) culture, restoring the previous cultures afterwards.</summary>
    public static CommandOutcome Run(IReadOnlyList<string> args, string? culture = null)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (culture is not null)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }

        try
        {
            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            var exit = CapitalHealthCli.Run([.. args], stdout, stderr);
            return new CommandOutcome(exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous.CurrentCulture;
            CultureInfo.CurrentUICulture = previous.CurrentUICulture;
        }
    }
}
