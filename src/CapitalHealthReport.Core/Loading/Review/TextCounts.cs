using System.Runtime.InteropServices;

namespace CapitalHealthReport.Loading;

/// <summary>
/// How often each text of a column occurs, counted in runs of one string instance: the loader gives a label it reads
/// again the same string, so a million rows of a few labels are counted without hashing their text. Instances of the
/// same text are added up at the end; past <see cref="MaxInstances"/> distinct instances they are added up as they come.
/// </summary>
internal sealed class TextCounts
{
    private const int MaxInstances = 1 << 16;

    private readonly Dictionary<string, int> _byInstance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
    private string? _last;
    private int _run;

    /// <summary>Counts one row's text; null (no value) is not counted.</summary>
    public void Add(string? text)
    {
        if (ReferenceEquals(text, _last))
        {
            _run++;
            return;
        }

        EndRun();
        _last = text;
        _run = 1;
    }

    /// <summary>The count of each text, by ordinal text.</summary>
    public Dictionary<string, int> Counts()
    {
        EndRun();
        _last = null;
        _run = 0;
        Fold();
        return _byText;
    }

    private void EndRun()
    {
        if (_last is null || _run == 0)
        {
            return;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_byInstance, _last, out _) += _run;
        if (_byInstance.Count > MaxInstances)
        {
            Fold();
        }
    }

    private void Fold()
    {
        foreach (var (text, count) in _byInstance)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_byText, text, out _) += count;
        }

        _byInstance.Clear();
    }
}
