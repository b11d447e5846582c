using System.Text;
using CapitalHealthReport.IO;
using CapitalHealthReport.Limits;

namespace CapitalHealthReport.Reference;

/// <summary>Reads reference table files (UTF-8) and splits simple CSV lines, with clear errors.</summary>
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

    /// <summary>The lines of a small CSV table's text: (1-based line, fields); blank lines and <c>#</c> comments skipped.</summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadCsv(string text)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return (lineNumber, SplitCsvLine(line));
        }
    }

    public static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var builder = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        builder.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    builder.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(builder.ToString().Trim());
                builder.Clear();
            }
            else
            {
                builder.Append(ch);
            }
        }

        fields.Add(builder.ToString().Trim());
        return [.. fields];
    }
}
