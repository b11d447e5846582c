using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace CapitalHealthReport.Cli.Terminal;

/// <summary>
/// How wide and how plain the command's text output is: the width of the terminal (<c>COLUMNS</c> first, then the
/// console window when standard output is one, else <see cref="RedirectedWidth"/>), colours only on a terminal, and every
/// line without trailing spaces and with LF line ends.
/// </summary>
internal static partial class TerminalLayout
{
    /// <summary>The width when nothing tells one (output redirected, no <c>COLUMNS</c>).</summary>
    public const int RedirectedWidth = 120;

    /// <summary>
    /// The width of text written to a file (<c>--output</c>) or compared with a snapshot (<c>--verify</c>): fixed, so
    /// that the same findings give the same bytes whatever the terminal or <c>COLUMNS</c>.
    /// </summary>
    public const int FileWidth = RedirectedWidth;

    /// <summary>The narrowest width tables are laid out for.</summary>
    public const int MinimumWidth = 40;

    /// <summary>The width to lay out text for when writing to <paramref name="writer"/>.</summary>
    public static int Width(TextWriter writer)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return Math.Max(MinimumWidth, columns);
        }

        if (IsTerminal(writer))
        {
            try
            {
                var width = Console.WindowWidth;
                if (width > 0)
                {
                    return Math.Max(MinimumWidth, width);
                }
            }
            catch (IOException)
            {
            }
        }

        return RedirectedWidth;
    }

    /// <summary>
    /// The width messages on <paramref name="writer"/> (standard error) wrap at: <c>COLUMNS</c>, else the console window
    /// when standard error is a terminal; null (no wrapping) when nothing tells one, so that logs keep one line per message.
    /// </summary>
    public static int? MessageWidth(TextWriter writer)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return Math.Max(MinimumWidth, columns);
        }

        if (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected)
        {
            try
            {
                return Console.WindowWidth > 0 ? Math.Max(MinimumWidth, Console.WindowWidth) : null;
            }
            catch (IOException)
            {
            }
        }

        return null;
    }

    /// <summary>Writes <paramref name="message"/> to <paramref name="writer"/>, wrapped at <see cref="MessageWidth"/> with a hanging indent.</summary>
    public static void WriteMessage(TextWriter writer, string message)
    {
        if (MessageWidth(writer) is not { } width || message.Length <= width || message.Contains('\n', StringComparison.Ordinal))
        {
            writer.WriteLine(message);
            return;
        }

        foreach (var line in Wrap(message, width, "", 2))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>True when <paramref name="writer"/> is this process's standard output and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>A Spectre console that renders into <paramref name="target"/> at <paramref name="width"/>, coloured only with <paramref name="ansi"/>.</summary>
    public static IAnsiConsole CreateConsole(StringWriter target, int width, bool ansi)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(target),
        });
        console.Profile.Width = width;
        return console;
    }

    /// <summary>Rendered text with LF line ends and no spaces at the end of a line (before any trailing colour codes).</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            b.Append(TrailingSpaces().Replace(lines[i], "$1"));
            if (i < lines.Length - 1)
            {
                b.Append('\n');
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> broken at spaces into lines of at most <paramref name="width"/> characters, the first
    /// starting with <paramref name="first"/> and the others indented by <paramref name="indent"/> spaces; a word longer
    /// than a line is cut.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width, string first, int indent)
    {
        var prefix = first;
        var line = new StringBuilder(prefix);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = width - line.Length - (empty ? 0 : 1);
                if (rest.Length <= room)
                {
                    line.Append(empty ? "" : " ").Append(rest);
                    empty = false;
                    rest = "";
                }
                else if (!empty)
                {
                    yield return line.ToString();
                    line.Clear().Append(' ', indent);
                    empty = true;
                }
                else
                {
                    var cut = Math.Max(1, room);
                    line.Append(rest[..cut]);
                    yield return line.ToString();
                    line.Clear().Append(' ', indent);
                    rest = rest[cut..];
                }
            }
        }

        if (!empty || line.Length > indent)
        {
            yield return line.ToString().TrimEnd();
        }
    }

    [GeneratedRegex("[ \\t]+((?:\\x1b\\[[0-9;]*m)*)$")]
    private static partial Regex TrailingSpaces();
}
