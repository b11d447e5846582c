namespace CapitalHealthReport.Text;

/// <summary>
/// Place names as an English sentence writes them: the countries and territories whose names take the definite article
/// ("the Netherlands", "the United States", "the Philippines") get it, so that a sentence reads "the Netherlands hosted
/// 32% of the deals" and "the Netherlands' share of deals"; every other name is returned as given. A name already
/// written with its article ("The Netherlands") is left alone.
/// </summary>
public static class EnglishPlaceNames
{
    private static readonly HashSet<string> TakeTheArticle = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bahamas", "British Virgin Islands", "Cayman Islands", "Central African Republic", "Channel Islands", "Comoros",
        "Cook Islands", "Czech Republic", "Democratic Republic of the Congo", "Dominican Republic", "Falkland Islands",
        "Faroe Islands", "Gambia", "Holy See", "Maldives", "Marshall Islands", "Netherlands", "Philippines",
        "Republic of Korea", "Republic of the Congo", "Seychelles", "Solomon Islands", "Turks and Caicos Islands",
        "United Arab Emirates", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "United States",
        "United States of America", "Virgin Islands",
    };

    /// <summary>The name as it stands in the middle of a sentence: "the Netherlands", "Germany".</summary>
    public static string InSentence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TakeTheArticle.Contains(name.Trim()) ? "the " + name.Trim() : name;
    }
}
