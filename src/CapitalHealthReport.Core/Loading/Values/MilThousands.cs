using System.Globalization;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The amounts whose <c>mil</c> was read as a thousand (<c>R$ 800 mil</c>, <c>US$ 500 mil</c>), counted by how that was
/// decided (<see cref="MilReading"/>), with the first such value of each, for <c>data validate</c>.
/// </summary>
public sealed class MilThousands
{
    private int _byName;
    private int _byValue;

    /// <summary>Deals whose <c>mil</c> was read as a thousand because the amount column's name is Portuguese or Spanish.</summary>
    public int ByColumnName => _byName;

    /// <summary>Deals whose <c>mil</c> was read as a thousand because the value itself is Portuguese or Spanish.</summary>
    public int ByValue => _byValue;

    /// <summary>The first value read each way, with its line.</summary>
    public (string Text, int Line)? FirstByColumnName { get; private set; }

    /// <summary>The first value read as a thousand by its own words, with its line.</summary>
    public (string Text, int Line)? FirstByValue { get; private set; }

    public bool Any => _byName + _byValue > 0;

    internal void See(MilReading reading, int line, ReadOnlySpan<char> text)
    {
        switch (reading)
        {
            case MilReading.ColumnName:
                _byName++;
                FirstByColumnName ??= (text.ToString(), line);
                break;
            case MilReading.Value:
                _byValue++;
                FirstByValue ??= (text.ToString(), line);
                break;
        }
    }

    /// <summary>How <c>data validate</c> says it, naming the amount <paramref name="column"/>.</summary>
    public string Describe(string? column)
    {
        var parts = new List<string>();
        if (FirstByColumnName is var (nameText, nameLine))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{_byName} {(_byName == 1 ? "deal" : "deals")} because the amount column's name ('{column}') is Portuguese or Spanish ('{nameText}', line {nameLine})"));
        }

        if (FirstByValue is var (valueText, valueLine))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{_byValue} {(_byValue == 1 ? "deal" : "deals")} because the value names a Latin American currency or a Portuguese or Spanish amount word ('{valueText}', line {valueLine})"));
        }

        return "'mil' read as a thousand in " + string.Join("; ", parts) + " (where nothing tells the language, 'mil' is refused: a million in English)";
    }
}
