namespace CapitalHealthReport.Text;

/// <summary>
/// The English possessive of a name the product did not write itself (a company, sector or region of the data): "AI's",
/// "Beijing's", but "Solo Robotics'" and "Semiconductors'" for a name that ends in a lowercase s, as English writes the
/// possessive of a plural-looking name. A name in capitals ("AWS") takes 's; a name that already ends in an apostrophe
/// takes nothing more.
/// </summary>
public static class EnglishPossessive
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.TrimEnd();
        return trimmed.Length == 0 ? name
            : trimmed[^1] is '\'' or '’' ? trimmed
            : trimmed[^1] == 's' ? trimmed + "'"
            : trimmed + "'s";
    }
}
