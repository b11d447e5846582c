using System.CommandLine;
using System.CommandLine.Parsing;

namespace CapitalHealthReport.Cli.Commands;

/// <summary>
/// The snapshot options of <c>report</c> and <c>analyze</c>: <c>--verify DIR</c> compares the outputs with
/// <c>DIR/&lt;name&gt;.verified.&lt;ext&gt;</c> (Verify's conventions) and exits 1 on a difference; <c>--accept</c> approves them.
/// </summary>
internal static class VerifyOptions
{
    public static Option<string?> Folder() => new("--verify")
    {
        Description = "Snapshot-test instead of writing: compare the outputs with DIR/<name>.verified.<ext>; on a difference write <name>.received.<ext> beside them, print the diff and exit 1.",
        HelpName = "DIR",
    };

    public static Option<bool> Accept() => new("--accept")
    {
        Description = "With --verify: approve new or changed outputs (write them as the .verified files and remove .received files).",
    };

    /// <summary>Rejects <c>--accept</c> without <c>--verify</c>.</summary>
    public static void Validate(CommandResult result, Option<string?> verify, Option<bool> accept)
    {
        if (result.GetValue(accept) && string.IsNullOrWhiteSpace(result.GetValue(verify)))
        {
            result.AddError("--accept approves snapshots and needs --verify DIR (for example --verify snapshots --accept).");
        }
    }
}
