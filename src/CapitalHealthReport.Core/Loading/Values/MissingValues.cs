using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace CapitalHealthReport.Loading;

/// <summary>
/// Cells that stand for "no value" (the mapping's <c>na_values</c> added to <see cref="DefaultNaValues"/>): such a cell
/// is empty in every field, so <c>nan</c> never becomes a sector, a region or a stage. Matched on the trimmed cell,
/// ignoring case.
/// </summary>
public sealed class MissingValues
{
    /// <summary>The markers every export is read with.</summary>
    public static IReadOnlyList<string> DefaultNaValues { get; } = ["nan", "NaN", "N/A", "n/a", "NA", "null", "-", "—", "#N/A", "不详", "未知"];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly SearchValues<char> _starts;
    private readonly ulong _startsBelow64;
    private readonly ulong _startsFrom64;
    private readonly int _longest;

    /// <summary>The default markers plus <paramref name="extra"/>.</summary>
    public MissingValues(IEnumerable<string>? extra = null)
    {
        var all = DefaultNaValues.Concat(extra ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        var set = all.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = all.Length == 0 ? 0 : all.Max(v => v.Length);
        char[] starts = [.. all.SelectMany(v => new[] { char.ToLowerInvariant(v[0]), char.ToUpperInvariant(v[0]) }).Distinct()];
        _starts = SearchValues.Create(starts);
        foreach (var start in starts.Where(char.IsAscii))
        {
            if (start < 64)
            {
                _startsBelow64 |= 1UL << start;
            }
            else
            {
                _startsFrom64 |= 1UL << (start - 64);
            }
        }

        Values = [.. set.Order(StringComparer.Ordinal)];
    }

    /// <summary>The default markers alone.</summary>
    public static MissingValues Default { get; } = new();

    /// <summary>Every marker, ordinal order.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>True when the cell, trimmed, is a marker.</summary>
    public bool IsMissing(ReadOnlySpan<char> cell)
    {
        // Most cells fail on their length or their first character, before any trimming or lookup (every field of
        // every row comes here).
        if (cell.Length == 0 || (cell.Length > _longest && !char.IsWhiteSpace(cell[0]) && !char.IsWhiteSpace(cell[^1]))
            || (!StartsAMarker(cell[0]) && !char.IsWhiteSpace(cell[0])))
        {
            return false;
        }

        var trimmed = cell.Trim();
        return trimmed.Length > 0 && trimmed.Length <= _longest && _lookup.Contains(trimmed);
    }

    /// <summary>True when a marker starts with <paramref name="c"/> (ignoring case): a bit test for ASCII, a set lookup for the rest.</summary>
    private bool StartsAMarker(char c) => c < 64 ? ((_startsBelow64 >> c) & 1) != 0 : c < 128 ? ((_startsFrom64 >> (c - 64)) & 1) != 0 : _starts.Contains(c);
}

/// <summary>
/// Amount texts that say "not disclosed", in English, Chinese (simplified and traditional), Japanese, Korean, German,
/// French, Spanish, Italian, Portuguese and the Nordic languages (<c>ej offentligt</c>, <c>ikke oppgitt</c>, <c>ei julkistettu</c>, <c>undisclosed</c>, <c>未披露</c>, <c>金额未知</c>, <c>非公開</c>, <c>n.d.</c>,
/// <c>k.A.</c>, <c>n.c.</c>), plus the mapping's <c>undisclosed:</c> list. Matched after
/// width folding, lower-casing and removing spaces and currency words, so <c>未透露人民币</c> and
/// <c>Undisclosed USD</c> are undisclosed too.
/// </summary>
internal sealed class UndisclosedMarkers
{
    private static readonly string[] BuiltIn =
    [
        "undisclosed", "undisclosedamount", "nondisclosed", "notdisclosed", "notpublic", "n/a", "na", "n.a.", "n.a", "nan", "null", "none", "unknown",
        "notavailable", "confidential", "tbd", "tba",
        "-", "--", "—", "——", "/", "?", "n.d.", "n.d", "nd", "n/d", "k.a.", "k.a", "keineangabe", "nichtbekannt", "nichtveröffentlicht",
        "n.v.", "n.v", "nichtverfügbar", "nondivulgué", "noncommuniqué", "nondivulgue", "noncommunique", "n.c.", "n.c", "nc", "n/c",
        "nonrenseigné", "nonrenseigne", "confidentiel", "nodivulgado", "norevelado", "nodisponible", "s/d", "nondichiarato", "riservato",
        "nãodivulgado", "naodivulgado",
        "未披露", "未公开", "未公開", "未透露", "不详", "不詳", "未知", "保密", "金额未知", "金額未知", "金额未披露", "金額未披露", "未披露金额",
        "未透露金额", "金额保密", "数额未知", "不便透露", "暂未披露", "暫未披露", "暂未透露", "暂无", "無", "无", "未公布", "金额未公开",
        "非公開", "非公表", "未公表", "不明", "비공개",

        // Swedish, Norwegian, Danish and Finnish.
        "ejoffentligt", "ejangivet", "ejoffentliggjort", "ejkänt", "okänt", "hemligt", "ikkeoppgitt", "ikkeoffentlig", "ukjent",
        "ikkeoplyst", "ikkeoffentliggjort", "ukendt", "eijulkistettu", "eiilmoitettu", "eitiedossa", "eijulkinen",
    ];

    private readonly FrozenSet<string> _markers;

    public UndisclosedMarkers(IEnumerable<string>? extra = null)
    {
        _markers = BuiltIn.Concat((extra ?? []).Select(Key)).Where(m => m.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    public static UndisclosedMarkers Default { get; } = new();

    /// <summary>True for a marker; <paramref name="compact"/> is already folded, lower-cased and without spaces.</summary>
    public bool Contains(string compact) => _markers.Contains(compact);

    /// <summary>The form markers are compared in: NFKC, lower case, no spaces.</summary>
    public static string Key(string text)
    {
        string folded;
        try
        {
            folded = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            folded = text;
        }

        return folded.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
    }
}
