using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace CapitalHealthReport.Metrics;

public static partial class MetricsJson
{
    /// <summary>
    /// Writes many scopes into the array just opened, in runs of <see cref="ScopesPerRun"/> rendered on every processor:
    /// each run by a writer with the same options inside an array as deep as the output's, its bytes cut out and copied
    /// into the output in order, so the bytes are those one writer would have written. Workers take the runs in order;
    /// the calling thread copies each run as soon as it and those before it are ready and, while the next is not, renders
    /// the next run not yet taken itself. A metric set is rendered once for all runs, and the runs' buffers are reused.
    /// </summary>
    private sealed class ScopeRuns
    {
        /// <summary>Scopes per run: enough that a run's set-up is nothing beside it, few enough that the runs' buffers stay small.</summary>
        private const int ScopesPerRun = 16;

        private readonly IReadOnlyList<ScopeMetrics> _scopes;
        private readonly JsonWriterOptions _options;
        private readonly int _depth;
        private readonly int _runs;
        private readonly ConcurrentDictionary<MetricSet, (int Depth, byte[] Json)> _rendered = WriteContext.NewRenderedSets();
        private readonly object _gate = new();
        private readonly Rendered?[] _done;
        private readonly Stack<ArrayBufferWriter<byte>> _free = new();
        private ExceptionDispatchInfo? _failure;
        private int _next;
        private volatile bool _stop;

        private ScopeRuns(Utf8JsonWriter writer, IReadOnlyList<ScopeMetrics> scopes)
        {
            _scopes = scopes;
            _options = writer.Options;
            _depth = writer.CurrentDepth;
            _runs = (scopes.Count + ScopesPerRun - 1) / ScopesPerRun;
            _done = new Rendered?[_runs];
        }

        /// <summary>True when the scopes are enough for two runs and there is more than one processor to render them.</summary>
        public static bool Worthwhile(int scopes) => Environment.ProcessorCount > 1 && scopes >= 2 * ScopesPerRun;

        /// <summary>Writes the scopes (see the class summary).</summary>
        public static void Write(Utf8JsonWriter writer, IReadOnlyList<ScopeMetrics> scopes) => new ScopeRuns(writer, scopes).Write(writer);

        private void Write(Utf8JsonWriter writer)
        {
            var workers = new Task[Math.Min(Environment.ProcessorCount - 1, _runs - 1)];
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Run(Work);
            }

            try
            {
                var context = new WriteContext(_options, _rendered);
                for (var written = 0; written < _runs; written++)
                {
                    var run = Take(written, context);
                    writer.WriteRawValue(run.Buffer.WrittenSpan[run.Start..], skipInputValidation: true);
                    writer.Flush();
                    lock (_gate)
                    {
                        _free.Push(run.Buffer);
                    }
                }
            }
            finally
            {
                _stop = true;
                Task.WaitAll(workers);
            }
        }

        /// <summary>Run <paramref name="run"/> once rendered, rendering others meanwhile while any is left.</summary>
        private Rendered Take(int run, WriteContext context)
        {
            while (true)
            {
                lock (_gate)
                {
                    _failure?.Throw();
                    if (_done[run] is { } ready)
                    {
                        _done[run] = null;
                        return ready;
                    }
                }

                if (!RenderNext(context))
                {
                    lock (_gate)
                    {
                        while (_done[run] is null && _failure is null)
                        {
                            Monitor.Wait(_gate);
                        }
                    }
                }
            }
        }

        private void Work()
        {
            try
            {
                var context = new WriteContext(_options, _rendered);
                while (RenderNext(context))
                {
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(e);
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Renders the next run no thread has taken; false when none is left (or the write stopped).</summary>
        private bool RenderNext(WriteContext context)
        {
            var run = Interlocked.Increment(ref _next) - 1;
            if (run >= _runs || _stop)
            {
                return false;
            }

            ArrayBufferWriter<byte>? buffer;
            lock (_gate)
            {
                _free.TryPop(out buffer);
            }

            buffer ??= new ArrayBufferWriter<byte>(1 << 16);
            buffer.ResetWrittenCount();
            using (var part = new Utf8JsonWriter(buffer, _options with { SkipValidation = true }))
            {
                for (var d = 1; d < _depth; d++)
                {
                    part.WriteStartObject();
                }

                part.WriteStartArray(Names.Scopes);
                part.Flush();
                var start = buffer.WrittenCount;
                var end = Math.Min(_scopes.Count, (run + 1) * ScopesPerRun);
                for (var k = run * ScopesPerRun; k < end; k++)
                {
                    WriteScope(part, _scopes[k], context);
                }

                part.Flush();
                lock (_gate)
                {
                    _done[run] = new Rendered(buffer, start);
                    Monitor.PulseAll(_gate);
                }
            }

            return true;
        }

        /// <summary>A rendered run: its buffer and where the run's bytes start in it.</summary>
        private sealed record Rendered(ArrayBufferWriter<byte> Buffer, int Start);
    }
}
