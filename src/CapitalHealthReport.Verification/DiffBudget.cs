using System.Globalization;

namespace CapitalHealthReport.Verification;

/// <summary>
/// The work budget of a snapshot diff. A line diff costs about (changed lines)² in the worst case, so a tampered or
/// unrelated verified file of 12 MB would keep it busy for minutes. Lines the two texts share at the start and the
/// end cost nothing; when the lines between them are more than <see cref="MaxChangedLines"/>, the diff is replaced by
/// one hunk header that says where the texts part and how many lines differ.
/// </summary>
internal static class DiffBudget
{
    /// <summary>The most changed lines (both sides together) diffed line by line.</summary>
    public const int MaxChangedLines = 4_000;

    /// <summary>Null when the diff fits the budget; otherwise the short description to print instead.</summary>
    public static string? Exceeded(string verified, string received, string verifiedName, string receivedName)
    {
        var a = verified.Split('\n');
        var b = received.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && string.Equals(a[^(suffix + 1)], b[^(suffix + 1)], StringComparison.Ordinal))
        {
            suffix++;
        }

        var changedA = a.Length - prefix - suffix;
        var changedB = b.Length - prefix - suffix;
        if (changedA + changedB <= MaxChangedLines)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"--- {verifiedName}\n+++ {receivedName}\n@@ -{prefix + 1},{changedA} +{prefix + 1},{changedB} @@ {changedA:N0} and {changedB:N0} lines differ from line {prefix + 1}: more than the {MaxChangedLines:N0} changed lines diffed here; compare the two files\n");
    }
}
