using System.Globalization;
using System.Text;

namespace CapitalHealthReport;

/// <summary>
/// A user error in an input (deals file, mapping, configuration, rule pack, template, command-line value).
/// The command line prints <see cref="MessageIn"/> its own <see cref="Wording"/> without a stack trace and exits with
/// code 2; <see cref="Exception.Message"/>, <see cref="Reason"/> and <see cref="Hint"/> name the settings a library
/// caller sets (<c>AnalysisOptions.Period</c>, not <c>--period</c>).
/// </summary>
public class InputException : Exception
{
    public InputException(string message)
        : this(message, null, null, null)
    {
    }

    public InputException(string message, Exception innerException)
        : base(Text.MessageText.Shorten(message), innerException)
    {
        Reason = Text.MessageText.Shorten(message);
        ReasonText = SettingText.Of(message);
    }

    public InputException(string reason, string? file, int? line = null, int? column = null, string? hint = null, Exception? innerException = null)
        : base(Format(reason, file, line, column, hint), innerException)
    {
        Reason = Text.MessageText.Shorten(reason);
        ReasonText = SettingText.Of(reason);
        File = file;
        Line = line;
        Column = column;
        Hint = hint;
        HintText = hint is null ? null : SettingText.Of(hint);
    }

    /// <summary>An error whose reason or hint names settings (<see cref="Settings"/>): each wording names them its own way.</summary>
    public InputException(SettingText reason, string? file, int? line = null, int? column = null, SettingText? hint = null, Exception? innerException = null)
        : this((reason ?? throw new ArgumentNullException(nameof(reason))).Render(Wording.Library), file, line, column, hint?.Render(Wording.Library), innerException)
    {
        ReasonText = reason;
        HintText = hint;
    }

    public InputException()
        : this("Invalid input.")
    {
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    public string? File { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What the user can do about it.</summary>
    public string? Hint { get; }

    /// <summary>The reason with the settings it names kept apart, to render in either wording.</summary>
    public SettingText ReasonText { get; }

    /// <summary>The hint with the settings it names kept apart; null when there is no hint.</summary>
    public SettingText? HintText { get; }

    /// <summary>
    /// The message with the settings named in <paramref name="wording"/>: <see cref="Exception.Message"/> for
    /// <see cref="Wording.Library"/>, what the command line prints for <see cref="Wording.CommandLine"/>. An error made
    /// from a plain message reads the same in both.
    /// </summary>
    public virtual string MessageIn(Wording wording) =>
        wording == Wording.Library
            ? Message
            : Format(ReasonText.Render(wording), File, Line, Column, HintText?.Render(wording));

    /// <summary>Formats <c>file:line:column: reason (hint)</c>, leaving out the parts that are unknown (a line or column of 0 included).</summary>
    public static string Format(string reason, string? file, int? line, int? column, string? hint)
    {
        var builder = new StringBuilder();
        reason = Text.MessageText.Shorten(reason);
        hint = Text.MessageText.Shorten(hint);
        if (!string.IsNullOrEmpty(file))
        {
            builder.Append(Text.MessageText.Shorten(file));
            // Line 0 is no line (a value given in memory): no location is printed rather than a wrong one.
            if (line is { } l and > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $":{l}");
                if (column is { } c and > 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $":{c}");
                }
            }

            builder.Append(": ");
        }

        builder.Append(reason);
        if (!string.IsNullOrEmpty(hint))
        {
            builder.Append(' ').Append(hint);
        }

        return builder.ToString();
    }
}
