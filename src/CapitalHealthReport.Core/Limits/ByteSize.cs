using System.Globalization;

namespace CapitalHealthReport.Limits;

/// <summary>Reads and writes byte sizes as people type them: <c>500000</c>, <c>64KB</c>, <c>500MB</c>, <c>2GB</c> (binary units, case-insensitive).</summary>
public static class ByteSize
{
    /// <summary>Parses a size; <paramref name="flag"/> names the option in the error message.</summary>
    public static long Parse(string text, string flag)
    {
        var trimmed = text.Trim();
        var multiplier = 1L;
        var number = trimmed;
        foreach (var (suffix, factor) in Suffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                multiplier = factor;
                number = trimmed[..^suffix.Length].Trim();
                break;
            }
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new InputException($"{flag} '{text}' is not a size; write a positive number of bytes, optionally with KB, MB or GB (for example 500MB).");
        }

        var bytes = value * multiplier;
        if (bytes > long.MaxValue / 2)
        {
            throw new InputException($"{flag} '{text}' is too large.");
        }

        return (long)decimal.Ceiling(bytes);
    }

    /// <summary>A size for messages: <c>2 GB</c>, <c>64 MB</c>, <c>1.5 KB</c>, <c>512 bytes</c>.</summary>
    public static string Format(long bytes)
    {
        if (bytes < 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
        }

        string[] units = ["KB", "MB", "GB", "TB"];
        var value = bytes / 1024d;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }

    private static readonly (string Suffix, long Factor)[] Suffixes =
    [
        ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30), ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30), ("B", 1L),
    ];
}
