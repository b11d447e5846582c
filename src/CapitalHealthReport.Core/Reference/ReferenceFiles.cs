using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;
using nietras.SeparatedValues;

namespace CapitalHealthReport.Reference;

/// <summary>Reads reference table files (UTF-8) and their CSV rows (split by Sep, as deals are), with clear errors.</summary>
internal static class ReferenceFiles
{
    public static string ReadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("The reference table was not found.", path, hint: "Check the path of the reference folder.");
        }

        return BoundedFile.ReadAllText(path, ResourceLimits.Default.ReferencePolicy);
    }

    /// <summary>
    /// The rows of a small CSV table's text: (1-based line, fields, each trimmed and unquoted); blank lines and lines
    /// starting with <c>#</c> skipped. A comment line is skipped before splitting, so a quote in it starts nothing.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadCsv(string text)
    {
        using var reader = Sep.New(',')
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All })
            .FromText(WithoutComments(text));
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            // Without a header row, Sep numbers the first row's line from after it.
            yield return (row.RowIndex == 0 ? 1 : row.LineNumberFrom, fields);
        }
    }

    /// <summary>The text with every comment line blanked (its line end kept, so later lines keep their numbers).</summary>
    private static string WithoutComments(string text)
    {
        var chars = text.ToCharArray();
        var lineStart = true;
        var comment = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var ch = chars[i];
            if (ch is '\n' or '\r')
            {
                lineStart = true;
                comment = false;
                continue;
            }

            comment |= lineStart && ch == '#';
            lineStart = false;
            if (comment)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
