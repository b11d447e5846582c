using System.Globalization;
using System.Text;
using CapitalHealthReport.Testing;
using CapitalHealthReport.Verification;

namespace CapitalHealthReport.Cli.Tests.Determinism;

/// <summary>Asserts that two <see cref="OutputSet"/>s are byte-identical, and says which file differs and how.</summary>
public static class OutputComparison
{
    /// <summary>Every file byte-identical.</summary>
    public static void AssertIdentical(OutputSet expected, OutputSet actual, string what)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        var differences = expected.Files.Keys
            .Where(name => !expected.Files[name].AsSpan().SequenceEqual(actual.Files[name]))
            .Select(name => Describe(name, expected.Files[name], actual.Files[name]))
            .ToList();
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} output(s) differ from the baseline:\n" + string.Join("\n", differences));
    }

    /// <summary>
    /// For the same deals in another row order: every file identical once the input file's SHA-256 (which the report's
    /// provenance prints, and which honestly differs) and its URI (SARIF's related location of each result) are replaced
    /// by the baseline's; the PDF page by page, where every
    /// page draws the same except pages whose text differs only in that hash.
    /// </summary>
    public static void AssertIdenticalExceptInput(OutputSet expected, OutputSet actual, (string Expected, string Actual) sha, (string Expected, string Actual) uri, string what)
    {
        var (expectedSha, actualSha) = sha;
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        var differences = new List<string>();
        foreach (var name in expected.Files.Keys)
        {
            var before = expected.Files[name];
            var after = actual.Files[name];
            if (name.EndsWith(".pdf", StringComparison.Ordinal))
            {
                differences.AddRange(ComparePdf(name, before, after, expectedSha, actualSha));
                continue;
            }

            var restored = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(after)
                .Replace(actualSha, expectedSha, StringComparison.Ordinal)
                .Replace(uri.Actual, uri.Expected, StringComparison.Ordinal));
            if (!before.AsSpan().SequenceEqual(restored))
            {
                differences.Add(Describe(name, before, restored));
            }
        }

        Assert.True(differences.Count == 0, $"{what}: {differences.Count} output(s) differ from the baseline:\n" + string.Join("\n", differences));
    }

    private static IEnumerable<string> ComparePdf(string name, byte[] before, byte[] after, string expectedSha, string actualSha)
    {
        var expectedPages = PdfPages.Read(before);
        var actualPages = PdfPages.Read(after);
        if (expectedPages.Count != actualPages.Count)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{name}: {actualPages.Count} pages instead of {expectedPages.Count}");
            yield break;
        }

        for (var i = 0; i < expectedPages.Count; i++)
        {
            if (expectedPages[i].ContentHash == actualPages[i].ContentHash)
            {
                continue;
            }

            var text = actualPages[i].Text.Replace(actualSha, expectedSha, StringComparison.Ordinal);
            if (!actualPages[i].Text.Contains(actualSha, StringComparison.Ordinal) || text != expectedPages[i].Text)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{name}: page {i + 1} differs\n") + Snapshot.Diff(expectedPages[i].Text, text, "baseline", "actual");
            }
        }
    }

    private static string Describe(string name, byte[] expected, byte[] actual)
    {
        if (name.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var changes = SnapshotVerifier.ComparePages(PdfPages.Read(expected), PdfPages.Read(actual));
            return string.Create(CultureInfo.InvariantCulture, $"{name}: {expected.Length} → {actual.Length} bytes; pages differing by content hash: ")
                + (changes.Count == 0 ? "none (metadata or structure)" : string.Join(", ", changes.Select(static c => c.Page.ToString(CultureInfo.InvariantCulture))));
        }

        var diff = Snapshot.Diff(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual), "baseline/" + name, "actual/" + name);
        var lines = diff.Split('\n');
        return lines.Length > 60 ? string.Join('\n', lines.Take(60)) + "\n…" : diff;
    }
}
