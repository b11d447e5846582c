using CapitalHealthReport.Loading;

namespace CapitalHealthReport.Model;

/// <summary>
/// Investor identity keys: an investor is the same whether or not its name is written with its legal form, before
/// or after it (<c>株式会社ANRI</c>, <c>ANRI株式会社</c> and <c>ANRI</c>; <c>(주)카카오벤처스</c> and <c>카카오벤처스</c>;
/// <c>Sequoia Capital, LLC</c> and <c>Sequoia Capital</c>), and whatever its width or case, as company keys fold them
/// (<see cref="CompanyKeys"/>). Other names of one investor (<c>深创投</c> for <c>深圳市创新投资集团有限公司</c>) are aliases of
/// the investor directory, not keys.
/// </summary>
internal static class InvestorKeys
{
    /// <summary>The key of an investor's name: its company key without its legal forms (<see cref="LegalForms.WithoutForms"/>).</summary>
    public static string FromName(string name) => LegalForms.WithoutForms(CompanyKeys.FromName(name));

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> without allocating, when the name
    /// certainly carries no legal form (<see cref="LegalForms.MayCarryForm"/>: its key is then its company key) and is
    /// fold-stable; the key is never longer than the name. Returns false otherwise: call <see cref="FromName"/> then.
    /// </summary>
    public static bool TryWrite(ReadOnlySpan<char> name, Span<char> destination, out int written)
    {
        written = 0;
        return !LegalForms.MayCarryForm(name) && CompanyKeys.TryWrite(name, destination, out written);
    }
}
