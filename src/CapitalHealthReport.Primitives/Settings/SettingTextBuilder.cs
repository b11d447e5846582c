using System.Globalization;
using System.Runtime.CompilerServices;

namespace CapitalHealthReport;

/// <summary>
/// Builds a <see cref="SettingText"/> from an interpolated string: literals and values become text (formatted
/// culture-invariant), <see cref="Setting"/> and <see cref="SettingValue"/> holes stay settings.
/// </summary>
[InterpolatedStringHandler]
public readonly struct SettingTextBuilder
{
    private readonly List<object> _parts;

    public SettingTextBuilder(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _parts = new List<object>((2 * formattedCount) + 1);
    }

    public void AppendLiteral(string value) => _parts.Add(value);

    public void AppendFormatted(Setting value) => _parts.Add(value);

    public void AppendFormatted(SettingValue value) => _parts.Add(value);

    public void AppendFormatted(string? value) => _parts.Add(value ?? "");

    /// <summary>Another error's text, its settings kept (an empty hint adds nothing).</summary>
    public void AppendFormatted(SettingText? value)
    {
        if (value is not null)
        {
            _parts.AddRange(value.Parts);
        }
    }

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) =>
        _parts.Add(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "");

    internal SettingText ToSettingText() => new(_parts.ToArray());
}
