using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;

namespace CapitalHealthReport.Core.Tests.Model;

/// <summary>An investor's key leaves out a legal form written before or after its name; the directory finds an investor written with one.</summary>
public sealed class InvestorKeysTests
{
    [Theory]
    [InlineData("株式会社ANRI", "anri")]
    [InlineData("ANRI株式会社", "anri")]
    [InlineData("㈱ANRI", "anri")]
    [InlineData("（株）ＡＮＲＩ", "anri")]
    [InlineData("(주)카카오벤처스", "카카오벤처스")]
    [InlineData("㈜카카오벤처스", "카카오벤처스")]
    [InlineData("주식회사 카카오벤처스", "카카오벤처스")]
    [InlineData("Sequoia Capital, LLC", "sequoia capital")]
    [InlineData("Sequoia Capital LLC", "sequoia capital")]
    [InlineData("Accel Partners Inc.", "accel partners")]
    [InlineData("Shenzhen Capital Group Co., Ltd.", "shenzhen capital group")]
    [InlineData("Prairie Fund, L.P.", "prairie fund")]
    [InlineData("深圳市创新投资集团有限公司", "深圳市创新投资集团")]
    [InlineData("苏州元禾股份有限公司", "苏州元禾")]
    [InlineData("某某创业投资合伙企业（有限合伙）", "某某创业投资合伙企业")]
    [InlineData("深创投", "深创投")]
    [InlineData("株式会社", "株式会社")]
    [InlineData("LLC", "llc")]
    [InlineData("Co., Ltd.", "co., ltd.")]
    [InlineData("Company Ventures", "company ventures")]
    public void An_investor_key_leaves_out_a_legal_form_but_keeps_a_name_that_is_only_one(string name, string key) =>
        Assert.Equal(key, InvestorKeys.FromName(name));

    [Theory]
    [InlineData("Silverline Partners 14", true)]
    [InlineData("  Accel \t Partners ", true)]
    [InlineData("腾讯投资", true)]
    [InlineData("Sequoia Capital, LLC", false)]
    [InlineData("ANRI株式会社", false)]
    [InlineData("ＡＮＲＩ", false)]
    public void A_fold_stable_name_without_a_legal_form_is_keyed_on_the_stack_as_in_a_string(string name, bool onStack)
    {
        var key = new char[name.Length];

        Assert.Equal(onStack, InvestorKeys.TryWrite(name, key, out var written));
        Assert.Equal(onStack ? InvestorKeys.FromName(name) : "", new string(key, 0, written));
    }

    [Theory]
    [InlineData("深圳市创新投资集团有限公司", "深创投")]
    [InlineData("Tencent Investment Co., Ltd.", "腾讯投资")]
    [InlineData("IDG Capital, LLC", "IDG资本")]
    [InlineData("IDG资本有限公司", "IDG资本")]
    public void The_directory_finds_an_investor_written_with_its_legal_form(string written, string name) =>
        Assert.Equal(name, ReferenceData.Default.Investors.Find(written)?.Name);

    [Fact]
    public void The_directory_prefers_a_name_as_written_to_one_without_its_form()
    {
        var directory = new InvestorDirectory([new("Acme", InvestorType.VC, null), new("Acme LLC", InvestorType.CVC, null)]);

        Assert.Equal("Acme LLC", directory.Find("ACME LLC")?.Name);
        Assert.Equal("Acme", directory.Find("Acme Inc.")?.Name);
    }
}
