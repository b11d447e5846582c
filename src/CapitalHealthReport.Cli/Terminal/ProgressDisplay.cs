using System.Diagnostics;
using System.Globalization;

namespace CapitalHealthReport.Cli.Terminal;

/// <summary>
/// A one-line progress display on standard error for work that takes more than a second: what is being done, the
/// stage the loader last finished, and the time so far, redrawn four times a second and erased when the work ends.
/// Shown only when standard error is a terminal (never in redirected output, logs or tests).
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly TextWriter? _writer;
    private readonly Timer? _timer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _what;
    private string _stage = "";
    private bool _shown;
    private bool _done;

    private ProgressDisplay(TextWriter? writer, string what)
    {
        _writer = writer;
        _what = what;
        if (writer is not null)
        {
            _timer = new Timer(_ => Draw(), null, Delay, Interval);
        }
    }

    /// <summary>Starts a display of <paramref name="what"/> on <paramref name="stderr"/>; it draws nothing unless that is a terminal.</summary>
    public static ProgressDisplay Start(TextWriter stderr, string what) =>
        new(IsTerminal(stderr) ? stderr : null, what);

    /// <summary>True when <paramref name="stderr"/> is this process's standard error on a terminal that can redraw a line.</summary>
    public static bool IsTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Names the stage just finished (the loader's <c>read</c>, <c>parse</c>, …, the report's <c>model</c>, <c>render</c>, …).</summary>
    public void Stage(string stage)
    {
        lock (_lock)
        {
            _stage = stage;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            if (_shown && _writer is not null)
            {
                _writer.Write("\r\u001b[K");
                _writer.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_done || _writer is null)
            {
                return;
            }

            var stage = _stage.Length == 0 ? "" : $" ({_stage})";
            var line = string.Create(CultureInfo.InvariantCulture, $"{_what}{stage}… {_clock.Elapsed.TotalSeconds:0.0} s");
            var width = TerminalLayout.MessageWidth(_writer) ?? 80;
            _writer.Write("\r\u001b[K" + (line.Length < width ? line : line[..(width - 1)]));
            _writer.Flush();
            _shown = true;
        }
    }
}
