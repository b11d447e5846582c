namespace CapitalHealthReport.Loading;

/// <summary>The time part of a date with a time (<c>2024-03-05T10:30:00Z</c>, <c>2024/3/5 10:30 PM</c>), checked to be a time of day.</summary>
internal static class TimeOfDay
{
    private static readonly System.Buffers.SearchValues<char> TimeEnds = System.Buffers.SearchValues.Create("Z+- AaPpUu");

    /// <summary>
    /// <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fff</c>, optionally followed by <c>Z</c>, <c>+08:00</c>, <c>+0800</c>,
    /// <c>AM</c>/<c>PM</c> or <c>UTC</c>; hours 0–23 (1–12 with AM/PM), minutes 0–59, seconds 0–60 (a leap second).
    /// </summary>
    public static bool Is(ReadOnlySpan<char> time)
    {
        if (time.IsEmpty)
        {
            return true;
        }

        var end = time.IndexOfAny(TimeEnds);
        var clock = end < 0 ? time : time[..end];
        var zone = end < 0 ? [] : time[end..].Trim();
        var twelve = zone.Equals("AM", StringComparison.OrdinalIgnoreCase) || zone.Equals("PM", StringComparison.OrdinalIgnoreCase);
        if (!zone.IsEmpty && !twelve && zone is not "Z" && !zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) && !IsOffset(zone))
        {
            return false;
        }

        Span<int> parts = stackalloc int[3];
        var count = 0;
        foreach (var range in clock.Split(':'))
        {
            var part = clock[range];
            if (count == 2 && part.IndexOf('.') is var dot and > 0)
            {
                if (!DateParser.TryDigits(part[(dot + 1)..], out _))
                {
                    return false;
                }

                part = part[..dot];
            }

            if (count == 3 || part.Length is < 1 or > 2 || !DateParser.TryDigits(part, out parts[count]))
            {
                return false;
            }

            count++;
        }

        return count >= 2
            && (twelve ? parts[0] is >= 1 and <= 12 : parts[0] <= 23)
            && parts[1] <= 59
            && (count < 3 || parts[2] <= 60);
    }

    /// <summary><c>+08:00</c>, <c>-0530</c> or <c>+08</c>.</summary>
    private static bool IsOffset(ReadOnlySpan<char> zone)
    {
        if (zone.Length < 3 || zone[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = zone[1..];
        var colon = digits.IndexOf(':');
        var split = colon >= 0 ? colon : digits.Length == 4 ? 2 : digits.Length;
        var hours = digits[..split];
        var minutes = colon >= 0 ? digits[(colon + 1)..] : digits[split..];
        return hours.Length == 2 && DateParser.TryDigits(hours, out var h) && h <= 14
            && (minutes.IsEmpty || (minutes.Length == 2 && DateParser.TryDigits(minutes, out var m) && m <= 59));
    }
}
