namespace CapitalHealthReport;

/// <summary>Whose words an error uses for the settings it names: a .NET caller's properties or the command line's flags.</summary>
public enum Wording
{
    /// <summary>The option properties a .NET caller sets (<c>AnalysisOptions.Period</c>): the default of <see cref="Exception.Message"/>.</summary>
    Library,

    /// <summary>The command-line flags and commands a user types (<c>--period</c>), as the command line prints errors.</summary>
    CommandLine,
}
