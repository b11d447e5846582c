using System.Text;

namespace CapitalHealthReport;

/// <summary>
/// An error's text with the <see cref="Setting"/>s it names kept apart, so that it reads in either
/// <see cref="Wording"/>: <c>SettingText.Of($"Check the file, or give {Settings.Period}.")</c> renders
/// "Check the file, or give --period." for the command line and "Check the file, or give AnalysisOptions.Period."
/// for a library caller. Every other value is written when the text is made, culture-invariant.
/// </summary>
public sealed class SettingText
{
    private readonly IReadOnlyList<object> _parts;

    internal SettingText(IReadOnlyList<object> parts)
    {
        _parts = parts;
    }

    /// <summary>Text that names settings: the holes of type <see cref="Setting"/> or <see cref="SettingValue"/> are named per wording.</summary>
    public static SettingText Of(SettingTextBuilder text) => text.ToSettingText();

    /// <summary>Text that names no setting: the same in both wordings.</summary>
    public static SettingText Of(string text) => new([text]);

    /// <summary>Text that names no setting (<see cref="Of(string)"/>).</summary>
    public static SettingText FromString(string text) => Of(text);

    /// <summary>A plain message or hint where an error takes one that may name settings.</summary>
    public static implicit operator SettingText(string text) => Of(text);

    /// <summary>The text's parts: strings, and the <see cref="Setting"/>s and <see cref="SettingValue"/>s it names.</summary>
    internal IReadOnlyList<object> Parts => _parts;

    /// <summary>The settings the text names, in order.</summary>
    public IEnumerable<Setting> Settings =>
        _parts.Select(static p => p switch { Setting s => s, SettingValue v => v.Setting, _ => null }).OfType<Setting>();

    /// <summary>The text with each setting named in <paramref name="wording"/>.</summary>
    public string Render(Wording wording)
    {
        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            builder.Append(part switch
            {
                Setting setting => setting.Name(wording),
                SettingValue value => value.Name(wording),
                _ => (string)part,
            });
        }

        return builder.ToString();
    }

    /// <summary>The library's wording.</summary>
    public override string ToString() => Render(Wording.Library);
}
