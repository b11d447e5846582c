using CapitalHealthReport.Loading;
using CapitalHealthReport.Model;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// The check on a name as written for whether it may carry a legal form: names without one (nearly every name of a
/// large export) are told so without folding or stripping them, and no name whose key loses a form is ever told so.
/// </summary>
public sealed class LegalFormsTests
{
    [Theory]
    [InlineData("Silverline Partners 14")]
    [InlineData("Northstar Investments")]
    [InlineData("Granite Growth Fund")]
    [InlineData("Evergreen Investments 11")]
    [InlineData("Sequoia Capital")]
    [InlineData("  Accel   Partners ")]
    [InlineData("Company Ventures")]
    [InlineData("Inc Ventures Group")]
    [InlineData("腾讯投资")]
    [InlineData("深创投")]
    [InlineData("IDG资本")]
    [InlineData("红杉资本中国基金")]
    [InlineData("")]
    public void A_name_without_a_legal_form_is_told_so_without_folding_it(string name) =>
        Assert.False(LegalForms.MayCarryForm(name));

    [Theory]
    [InlineData("株式会社ANRI")]
    [InlineData("ANRI株式会社")]
    [InlineData("㈱ANRI")]
    [InlineData("（株）ＡＮＲＩ")]
    [InlineData("(주)카카오벤처스")]
    [InlineData("주식회사 카카오벤처스")]
    [InlineData("Sequoia Capital, LLC")]
    [InlineData("Sequoia Capital LLC")]
    [InlineData("Accel Partners Inc.")]
    [InlineData("ACCEL PARTNERS, INC.")]
    [InlineData("Shenzhen Capital Group Co., Ltd.")]
    [InlineData("Prairie Fund, L.P.")]
    [InlineData("Nilgiri Capital Pvt.\tLtd.")]
    [InlineData("Rhein Capital GmbH & Co. KG")]
    [InlineData("Acme Ｌｔｄ")]
    [InlineData("Acme LLC .")]
    [InlineData("深圳市创新投资集团有限公司")]
    [InlineData("某某创业投资合伙企业(有限合伙)")]
    public void A_name_written_with_a_legal_form_may_carry_one(string name) =>
        Assert.True(LegalForms.MayCarryForm(name));

    [Fact]
    public void A_name_said_to_carry_no_legal_form_has_its_company_key_as_its_investor_key()
    {
        string[] before = ["", "株式会社", "(株)", "㈱", "（株）", "(주)", "주식회사 ", "有限会社", "(", "Co "];
        string[] bases = ["ANRI", "anri", "Sequoia Capital", "SEQUOIA  capital", "Accel\tPartners", "카카오벤처스", "深圳市创新投资集团", "Company Ventures", "Ｓｅｑｕｏｉａ", "IDG资本", "Co", "Blue.River", "Fund 14"];
        string[] after =
        [
            "", " LLC", ", LLC", " llc.", ", Inc.", " INC", " Co., Ltd.", ", L.P.", " l.p.", " Pvt. Ltd.", " GmbH & Co. KG", " kg", " AG", " ＬＬＣ",
            "株式会社", "有限公司", "股份有限公司", "（有限合伙）", "(有限合伙)", "(주)", " 주식회사", " Partners", " Ventures 7", ")", ",", ".", " Investments",
        ];
        string[] edges = ["", " ", "\t", "\u3000", ",", ".", " .", ". "];
        var written = from lead in edges
                      from form in before
                      from name in bases
                      from tail in after
                      from end in edges
                      select lead + form + name + tail + end;

        // Every combination: none said to carry no form loses one from its key.
        Assert.All(written, static text => Assert.True(
            LegalForms.MayCarryForm(text) || InvestorKeys.FromName(text) == CompanyKeys.FromName(text), text));
    }

    [Theory]
    [InlineData("Silverline Partners 14")]
    [InlineData("  Accel \t Partners  ")]
    [InlineData("腾讯投资 Capital")]
    [InlineData("深创投")]
    [InlineData("anri")]
    [InlineData("\u3000Blue\u00A0River\u3000")]
    [InlineData("")]
    public void A_fold_stable_name_is_keyed_on_the_stack_as_it_is_keyed_in_a_string(string name)
    {
        var key = new char[name.Length];

        Assert.True(CompanyKeys.TryWrite(name, key, out var written));
        Assert.Equal(CompanyKeys.FromName(name), new string(key, 0, written));
    }

    [Theory]
    [InlineData("ＡＮＲＩ")]
    [InlineData("카카오벤처스")]
    [InlineData("Café Ventures")]
    public void A_name_that_width_folding_may_change_is_not_keyed_on_the_stack(string name) =>
        Assert.False(CompanyKeys.TryWrite(name, new char[name.Length], out _));
}
