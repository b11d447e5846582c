using System.Diagnostics;
using System.Globalization;

namespace CapitalHealthReport.Cli;

/// <summary>
/// With <c>CAPITALHEALTH_TIMINGS=1</c> in the environment, prints how long each stage of a command took to standard
/// error (with the processor time all threads spent in it, the bytes it allocated, the garbage-collection pauses and JIT time so far), to see where a
/// slow run spends its time.
/// Silent otherwise; the figures never reach an output file.
/// </summary>
internal sealed class StageTimings
{
    private readonly TextWriter? _writer;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private TimeSpan _last;
    private TimeSpan _lastCpu;
    private long _lastAllocated;

    private StageTimings(TextWriter? writer)
    {
        _writer = writer;
    }

    public static StageTimings Start(TextWriter stderr) =>
        new(Environment.GetEnvironmentVariable("CAPITALHEALTH_TIMINGS") is "1" or "true" ? stderr : null);

    /// <summary>Reports the stage that just ended.</summary>
    public void Stage(string name)
    {
        if (_writer is null)
        {
            return;
        }

        var now = _watch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        _writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"timing: {name,-8} {(now - _last).TotalSeconds,6:F3} s, CPU {(cpu - _lastCpu).TotalSeconds,6:F3} s, allocated {(allocated - _lastAllocated) / 1_048_576.0,7:F1} MB (at {now.TotalSeconds:F3} s, {(DateTime.UtcNow - _processStart).TotalSeconds:F3} s since the process started; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F3} s in {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generation 0/1/2, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3} s)"));
        _last = now;
        _lastCpu = cpu;
        _lastAllocated = allocated;
    }
}
