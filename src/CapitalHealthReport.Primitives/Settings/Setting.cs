using System.Globalization;

namespace CapitalHealthReport;

/// <summary>
/// Something a user sets or runs to act on an error, named twice: as the command line spells it (<c>--max-rows</c>) and
/// as a .NET caller of the library sets it (<c>ResourceLimits.MaxRows</c>). An error names it through a
/// <see cref="SettingText"/>, so each audience reads the name it can act on. The settings errors name are in
/// <see cref="Settings"/>.
/// </summary>
/// <param name="CommandLine">The flag or command as typed: <c>--period</c>.</param>
/// <param name="Library">The property or call a library caller uses: <c>AnalysisOptions.Period</c>.</param>
/// <param name="LibraryValue">
/// How the library names the setting with a value, <c>{0}</c> standing for the value; null writes
/// <c>Library = value</c>. (The command line always writes <c>flag value</c>.)
/// </param>
public sealed record Setting(string CommandLine, string Library, string? LibraryValue = null)
{
    /// <summary>The setting with a value: <c>--period 2024Q4</c> on the command line, <c>AnalysisOptions.Period = 2024Q4</c> in the library.</summary>
    public SettingValue With(string value) => new(this, value);

    /// <summary>The name in <paramref name="wording"/>.</summary>
    public string Name(Wording wording) => wording == Wording.CommandLine ? CommandLine : Library;

    /// <summary>The name with <paramref name="value"/> in <paramref name="wording"/>.</summary>
    public string Name(Wording wording, string value) => wording switch
    {
        Wording.CommandLine => CommandLine + " " + value,
        _ when LibraryValue is { } form => string.Format(CultureInfo.InvariantCulture, form, value),
        _ => Library + " = " + value,
    };

    /// <summary>The library's name, so that a setting in a plain string reads as a library caller expects.</summary>
    public override string ToString() => Library;
}

/// <summary>A <see cref="Setting"/> with the value it is given, as an error names it (<c>--where sector=AI</c>).</summary>
public sealed record SettingValue(Setting Setting, string Value)
{
    /// <summary>The setting and its value in <paramref name="wording"/>.</summary>
    public string Name(Wording wording) => Setting.Name(wording, Value);

    public override string ToString() => Name(Wording.Library);
}
