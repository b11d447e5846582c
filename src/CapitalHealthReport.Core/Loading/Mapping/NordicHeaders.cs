namespace CapitalHealthReport.Loading;

/// <summary>
/// The common Swedish, Norwegian, Danish and Finnish headers of deal exports (Datum, Bolag, Bransch, Runda, Belopp,
/// Investerare, Län; Dato, Selskap, Bransje, Beløp, Fylke; Selskab, Beløb; Päivämäärä, Yritys, Toimiala, Kierros, Summa,
/// Sijoittajat, Maakunta), matched without a mapping file after the headers of <see cref="CanonicalFields.HeaderAliases"/>.
/// </summary>
internal static class NordicHeaders
{
    public static IReadOnlyList<string> Of(CanonicalField field) => field switch
    {
        CanonicalField.Date => ["dato", "investeringsdatum", "investeringsdato", "päivämäärä", "pvm", "päiväys"],
        CanonicalField.Company => ["bolag", "företag", "bolagsnamn", "företagsnamn", "selskap", "selskapsnavn", "selskab", "selskabsnavn", "virksomhed", "virksomhet", "virksomhedsnavn", "yritys", "yhtiö", "yrityksen nimi", "yritysnimi"],
        CanonicalField.Sector => ["bransch", "bransje", "sektor", "næring", "toimiala", "sektori"],
        CanonicalField.Stage => ["runda", "finansieringsrunda", "investeringsrunda", "finansieringsrunde", "investeringsrunde", "kierros", "rahoituskierros", "vaihe", "rahoitusvaihe"],
        CanonicalField.Amount => ["belopp", "beløp", "beløb", "investeringsbelopp", "investeringsbeløp", "investeringsbeløb", "summa", "määrä", "rahoitus", "sijoitus", "sijoitussumma"],
        CanonicalField.Currency => ["valuutta"],
        CanonicalField.Region => ["län", "fylke", "landsdel", "landskap", "maakunta", "alue"],
        CanonicalField.Country => ["maa"],
        CanonicalField.Investors => ["investerare", "investorer", "sijoittajat", "rahoittajat", "investoijat"],
        _ => [],
    };
}
