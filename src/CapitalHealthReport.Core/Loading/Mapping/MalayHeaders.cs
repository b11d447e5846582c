namespace CapitalHealthReport.Loading;

/// <summary>
/// The Malay headers of Malaysian deal exports (<c>Tarikh</c>, <c>Syarikat</c>, <c>Sektor</c>, <c>Peringkat</c>,
/// <c>Jumlah</c>, <c>Mata Wang</c>, <c>Negeri</c>, <c>Negara</c>, <c>Pelabur</c>), matched after the common, Nordic and
/// Latin American headers of <see cref="CanonicalFields"/>.
/// </summary>
internal static class MalayHeaders
{
    /// <summary>Header names recognised per field, after the common ones.</summary>
    public static IReadOnlyList<string> For(CanonicalField field) => field switch
    {
        CanonicalField.Date => ["tarikh", "tarikh pelaburan", "tarikh pembiayaan", "tarikh pengumuman"],
        CanonicalField.Company => ["syarikat", "nama syarikat", "syarikat pemula", "nama syarikat pemula"],
        CanonicalField.Sector => ["sektor", "industri", "bidang"],
        CanonicalField.Stage => ["peringkat", "peringkat pembiayaan", "pusingan", "pusingan pembiayaan"],
        CanonicalField.Amount => ["jumlah", "jumlah pelaburan", "jumlah pembiayaan", "nilai pelaburan", "amaun"],
        CanonicalField.Currency => ["mata wang", "matawang"],
        CanonicalField.Region => ["negeri", "wilayah"],
        CanonicalField.Country => ["negara"],
        CanonicalField.Investors => ["pelabur", "para pelabur", "pelabur-pelabur"],
        _ => [],
    };
}
