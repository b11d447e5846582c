using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Benchmarks;

/// <summary>
/// The name keys on the investor names of the 1M-row sample (250,000 distinct names, mostly Chinese): the
/// alias key, the company key and the investor directory look-up, each against the plain definition that
/// normalises every non-ASCII name (the baseline). One operation is one name.
/// <c>dotnet run -c Release --project tests/CapitalHealthReport.Benchmarks -- --filter '*NormalizationKey*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NormalizationKeyConfig))]
public class NormalizationKeyBenchmarks
{
    private const int Names = 250_000;
    private string[] _names = [];
    private InvestorDirectory _directory = InvestorDirectory.Empty;
    private Dictionary<string, InvestorInfo> _byPlainKey = [];

    [GlobalSetup]
    public void Setup()
    {
        var reference = ReferenceData.Default;
        _names = [.. InvestorNames(LoadingBenchmarks.SampleFile(1_000_000)).Order(StringComparer.Ordinal).Take(Names)];
        if (_names.Length < Names)
        {
            throw new InvalidOperationException($"The sample has only {_names.Length} distinct investor names.");
        }

        _directory = reference.Investors;
        _byPlainKey = new(StringComparer.Ordinal);
        foreach (var investor in _directory.All)
        {
            _byPlainKey[PlainAliasKey(investor.Name)] = investor;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Names)]
    public int AliasKeyPlain()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += PlainAliasKey(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public int AliasKeyOf()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += AliasKey.Of(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public int CompanyKeyPlain()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += PlainCompanyKey(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public int CompanyKeyFromName()
    {
        var total = 0;
        foreach (var name in _names)
        {
            total += CompanyKeys.FromName(name).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public int InvestorFindPlain()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _byPlainKey.ContainsKey(PlainAliasKey(name)) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Names)]
    public int InvestorFind()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _directory.Find(name.AsSpan()) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>
    /// The distinct investor names of a sample file as the loader sees them: the last column (<c>investors</c>),
    /// unquoted, split at <c>; , 、 ，</c> and trimmed.
    /// </summary>
    private static HashSet<string> InvestorNames(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var field = line.EndsWith('"')
                ? line[(line.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
                : line[(line.LastIndexOf(',') + 1)..];
            foreach (var part in field.Split([';', ',', '、', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(part);
            }
        }

        return names;
    }

    /// <summary>The alias key by its plain definition: NFKC for any non-ASCII text, then drop and lower-case.</summary>
    private static string PlainAliasKey(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        ReadOnlySpan<char> source = trimmed;
        if (trimmed.ContainsAnyExceptInRange('\0', '\u007E'))
        {
            try
            {
                source = trimmed.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                source = trimmed.ToString();
            }
        }

        var builder = new StringBuilder(source.Length);
        foreach (var ch in source)
        {
            if (!char.IsWhiteSpace(ch) && ch is not ('-' or '_' or '.' or '\'' or '’' or '·'))
            {
                builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The company key by its plain definition: NFKC, trim, collapse white space, lower-case.</summary>
    private static string PlainCompanyKey(string name)
    {
        string folded;
        try
        {
            folded = name.Normalize(NormalizationForm.FormKC).Trim();
        }
        catch (ArgumentException)
        {
            folded = name.Trim();
        }

        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}

/// <summary>One in-process job with enough iterations for per-name figures on a noisy machine.</summary>
public sealed class NormalizationKeyConfig : ManualConfig
{
    public NormalizationKeyConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
