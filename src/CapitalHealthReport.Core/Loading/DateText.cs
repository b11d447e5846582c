namespace CapitalHealthReport.Loading;

/// <summary>Date text as the loader reads it without a mapping's <c>date_format</c>, for tools that look at an export before a mapping exists (<c>init</c>).</summary>
public static class DateText
{
    private static readonly DateParser BuiltIn = new([]);

    /// <summary>True when the loader reads <paramref name="text"/> as a date (ISO, with a time part or an offset, <c>2024年3月5日</c>, an Excel serial, Unix time, …).</summary>
    public static bool IsDate(string text) => BuiltIn.Parse(text, out _, out _) == DateStatus.Ok;
}
