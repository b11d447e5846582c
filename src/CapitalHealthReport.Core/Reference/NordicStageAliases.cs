using CapitalHealthReport.Model;

namespace CapitalHealthReport.Reference;

/// <summary>
/// Stage labels of Swedish, Norwegian, Danish and Finnish exports. Seed rounds by their own words (<c>Såddrunda</c>,
/// <c>Såkorn</c>, <c>Siemenkierros</c>). A new share issue named by no round (<c>Nyemission</c>, <c>Emission</c>,
/// <c>Emisjon</c>, <c>Kapitaludvidelse</c>, <c>Osakeanti</c>) is how young and listed companies alike raise equity, so it
/// says nothing of the round and is read as <see cref="Stage.Unknown"/>, never as a seed or later round; a rights issue
/// (<c>Företrädesemission</c>) is a listed company's and is read as <see cref="Stage.Other"/>, as post-IPO rounds are.
/// </summary>
internal static class NordicStageAliases
{
    public static readonly (string Alias, Stage Stage)[] All =
    [
        ("såddrunda", Stage.Seed), ("sådd", Stage.Seed), ("såddfinansiering", Stage.Seed), ("såddinvestering", Stage.Seed), ("såkorn", Stage.Seed),
        ("såkornsrunde", Stage.Seed), ("såkornrunde", Stage.Seed), ("såkornsinvestering", Stage.Seed), ("siemen", Stage.Seed), ("siemenkierros", Stage.Seed),
        ("siemenrahoitus", Stage.Seed), ("änglarunda", Stage.Angel), ("ängelinvestering", Stage.Angel), ("enkeltinvestor", Stage.Angel),
        ("nyemission", Stage.Unknown), ("emission", Stage.Unknown), ("riktad emission", Stage.Unknown), ("riktad nyemission", Stage.Unknown),
        ("emisjon", Stage.Unknown), ("emissjon", Stage.Unknown), ("rettet emisjon", Stage.Unknown), ("kapitalutvidelse", Stage.Unknown),
        ("kapitaludvidelse", Stage.Unknown), ("kapitalforhøjelse", Stage.Unknown), ("rettet emission", Stage.Unknown), ("osakeanti", Stage.Unknown),
        ("suunnattu osakeanti", Stage.Unknown), ("företrädesemission", Stage.Other), ("fortrinnsrettsemisjon", Stage.Other),
        ("fortegningsemission", Stage.Other), ("börsnotering", Stage.Other), ("børsnotering", Stage.Other), ("listautuminen", Stage.Other),
        ("bidrag", Stage.Grant), ("tilskudd", Stage.Grant), ("tilskud", Stage.Grant), ("avustus", Stage.Grant), ("lån", Stage.Debt), ("laina", Stage.Debt),
    ];
}
