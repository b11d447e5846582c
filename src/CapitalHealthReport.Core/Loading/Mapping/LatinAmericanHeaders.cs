using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Loading;

/// <summary>
/// The Portuguese and Spanish headers of Latin American deal exports (Brazilian trackers write <c>Data</c>, <c>Valor</c>,
/// <c>Rodada</c>, <c>Estado</c>; Mexican, Colombian and Chilean ones <c>Fecha</c>, <c>Monto</c>, <c>Ronda</c>,
/// <c>Inversionistas</c>, <c>País</c>), matched after the common headers of <see cref="CanonicalFields"/>. Accented names
/// are listed with and without their accents, since exports drop them.
/// </summary>
internal static class LatinAmericanHeaders
{
    // The common amount headers of CanonicalFields that are Portuguese or Spanish.
    private static readonly string[] CommonAmountHeaders = ["valor", "monto", "importe"];

    private static readonly HashSet<string> AmountKeys = [.. CommonAmountHeaders.Concat(For(CanonicalField.Amount)).Select(static name => AliasKey.Of(name))];

    /// <summary>
    /// Whether an amount column's <paramref name="header"/> is Portuguese or Spanish (<c>Valor</c>, <c>Monto</c>,
    /// <c>Valor (R$)</c>, <c>Monto (USD)</c>), so that <c>mil</c> in its values is a thousand.
    /// </summary>
    public static bool IsPortugueseOrSpanishAmount(string header)
    {
        var name = AmountColumnUnit.FromHeader(header, static _ => true)?.Name ?? header;
        return AmountKeys.Contains(AliasKey.Of(name)) || AmountKeys.Contains(AliasKey.Of(header));
    }

    /// <summary>Header names recognised per field, after the common ones.</summary>
    public static IReadOnlyList<string> For(CanonicalField field) => field switch
    {
        CanonicalField.Date => ["data", "data da rodada", "data do investimento", "data de anúncio", "data de anuncio", "fecha de la ronda", "fecha de inversión", "fecha de inversion", "fecha de anuncio"],
        CanonicalField.Company => ["nome da empresa", "startup/empresa", "nombre de la empresa", "compañía", "compania", "companhia"],
        CanonicalField.Sector => ["segmento", "indústria", "industria", "vertical de negócio", "categoria", "categoría"],
        CanonicalField.Stage => ["estágio", "estagio", "tipo de rodada", "tipo de ronda", "etapa", "serie", "série"],
        CanonicalField.Amount => ["montante", "valor da rodada", "valor investido", "valor captado", "valor do aporte", "aporte", "monto de inversión", "monto de inversion", "monto invertido", "monto de la ronda", "monto levantado"],
        CanonicalField.Currency => ["divisa"],
        CanonicalField.Region => ["uf", "provincia", "departamento", "ciudad", "cidade", "município", "municipio"],
        CanonicalField.Country => ["pais"],
        CanonicalField.Investors => ["inversionistas", "investidor", "inversionista", "fundos", "fondos"],
        _ => [],
    };
}
