using System.Globalization;
using System.Text;

namespace CapitalHealthReport.Model;

/// <summary>Company grouping keys: trimmed, case-folded and width-folded names.</summary>
public static class CompanyKeys
{
    /// <summary>Folds full-width forms to ASCII (NFKC), trims, collapses inner white space and lower-cases invariantly.</summary>
    public static string FromName(string name)
    {
        string folded;
        try
        {
            folded = name.Normalize(NormalizationForm.FormKC).Trim();
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates or noncharacters (U+FFFF) cannot be normalised; group the name as written.
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
