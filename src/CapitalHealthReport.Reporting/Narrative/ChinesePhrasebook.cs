using CapitalHealthReport.Reporting.Model.Claims;

namespace CapitalHealthReport.Reporting.Narrative;

/// <summary>Claims in Chinese: the terms Chinese venture monitors use, severity in words with the rule id as a reference.</summary>
public sealed class ChinesePhrasebook(PhraseContext context) : ClaimPhrasebook(context)
{
    protected override string Headline(Claim claim) => claim.Kind switch
    {
        ClaimKind.Finding => Title(claim),
        ClaimKind.Accepted => "已接受：" + Title(claim),
        _ when IsMovementSized(claim) => $"{Noun(claim)}由{HeadlineComparison(claim).Period}的{Deals(claim, HeadlineComparison(claim).Value)}{PhraseWords.HeadlineVerb(ReportLanguage.Chinese, HeadlineDirection(claim))}{Deals(claim, Value(claim))}",
        ClaimKind.Round when claim.Round!.Only => claim.Round.Deals > 1 ? "仅一笔融资披露金额" : "本期仅一笔融资",
        ClaimKind.Round when claim.Round!.OneCompany => $"已披露资金全部流向{claim.Round.Company}",
        ClaimKind.Round when claim.Round!.Lead is { } lead => $"{lead.Company}{(lead.Rounds > 1 ? "共" : "")}融资{Format.Money(lead.Amount)}，占本期已披露资金的{Format.Pct(lead.Share)}",
        ClaimKind.Round when claim.Round!.NamesTied => $"{TiedCompanies(claim.Round, "、", "和")}各融资{Format.Money(claim.Round.Amount)}，各占本期已披露资金的{Format.Pct(claim.Round.Share)}",
        ClaimKind.Round when claim.Round!.Tied > 1 => $"{Format.Int(claim.Round.Tied)}笔融资各{Format.Money(claim.Round.Amount)}，各占本期已披露资金的{Format.Pct(claim.Round.Share)}",
        ClaimKind.Round => $"{claim.Round!.Company}融资{Format.Money(claim.Round.Amount)}，占本期已披露资金的{Format.Pct(claim.Round.Share)}",
        ClaimKind.WithinRange => $"{Noun(claim)}为{Value(claim)}，处于正常区间",
        ClaimKind.Thin => claim.Scopes is [{ Scope.Slice: null }] ? "样本过少，不作判断" : "部分范围样本过少，不作判断",
        ClaimKind.NoData => claim.Missing switch
        {
            "partial" => "本期数据不完整",
            "amounts" => "没有披露金额的事件",
            "previous" => "数据不含上一期",
            "year_ago" => "数据不含上年同期",
            "hot_sector" => $"没有{HotName}融资事件",
            _ => "无法测算",
        },
        _ => $"{Noun(claim)}为{Value(claim)}",
    };

    protected override string Text(Claim claim) => claim.Kind switch
    {
        ClaimKind.Round => RoundText(claim),
        ClaimKind.Thin => ThinText(claim),
        ClaimKind.NoData => NoDataText(claim),
        ClaimKind.Finding or ClaimKind.Accepted when claim.Metric.Length == 0 || claim.Value is null =>
            $"规则{claim.RuleId}在{Names.Scope(claim.Scope, Format)}报告了一项{Severity(claim)}{(Context.RuleTitle(claim.RuleId!) is { } title ? "：" + title : "")}。{(claim.Kind == ClaimKind.Accepted ? $"该发现已按配置接受：{claim.Justification}" : "")}",
        ClaimKind.Finding when claim.Restates => Context.RuleCondition(claim.RuleId!, claim.Severity ?? "") is { } condition
            ? $"{RestatedNoun(claim)}（{Value(claim)}）触发规则{claim.RuleId}（{condition}时报告），属{Severity(claim)}。"
            : $"{RestatedNoun(claim)}（{Value(claim)}）触发规则{claim.RuleId}，属{Severity(claim)}。",
        ClaimKind.Finding or ClaimKind.Accepted or ClaimKind.WithinRange => Statement(claim) + RuleText(claim),
        _ => Statement(claim),
    };

    private string Statement(Claim claim)
    {
        var changes = Changes(claim);
        return changes.Count == 0 ? $"{PeriodName(claim)}，{Core(claim)}。" : $"{PeriodName(claim)}，{Core(claim)}，{string.Join("，", changes)}。";
    }

    private string Core(Claim claim)
    {
        var v = Value(claim);
        var slice = SliceName(claim);
        return claim.Metric switch
        {
            "deal_count" => $"{slice}共发生融资事件{v}起",
            "total_amount" => $"披露融资总额为{v}",
            "disclosed_share" when claim.Value == 0 => "所有融资事件均未披露金额",
            "disclosed_share" => $"披露了金额的事件占{v}",
            Vocabulary.UndisclosedShare when claim.Value == 1 => "全部融资事件均未披露金额",
            Vocabulary.UndisclosedShare => $"未披露金额的事件占{v}",
            "hhi" when slice is null => $"全部行业按企业计算的赫芬达尔-赫希曼指数（HHI）为{v}",
            "hhi" => $"{slice}领域按企业计算的HHI为{v}",
            "top_quintile_share" when slice is null => $"融资额居前20%的企业获得了{v}的已披露资金",
            "top_quintile_share" => $"融资额居前20%的{slice}企业获得了该领域{v}的已披露资金",
            "cr4" when slice is null => $"融资额前四的企业合计获得{v}的已披露资金",
            "cr4" => $"融资额前四的{slice}企业合计获得该领域{v}的已披露资金",
            "gini" => $"{slice}企业融资额的基尼系数为{v}",
            "mega_round_share" => $"单笔{MegaRound}及以上的融资占{slice}已披露资金的{v}",
            "early_count_share" when claim.Value == 0 => "在轮次已知的事件中，均未出现天使轮至A轮的早期事件",
            "early_count_share" => $"在轮次已知的事件中，天使轮至A轮的早期事件占{v}",
            "seed_angel_count_share" when claim.Value == 0 => "在轮次已知的事件中，均未出现种子轮或天使轮",
            "seed_angel_count_share" => $"在轮次已知的事件中，种子轮和天使轮占{v}",
            "late_value_share" => $"C轮及以后的后期轮次占轮次已知金额的{v}",
            "late_to_seed_median_ratio" => $"后期轮次单笔融资中位数是种子轮的{v}倍",
            "hot_sector_value_share" => $"{HotName}占已披露资金的{v}",
            "sector_value_share" when claim.Absent => $"{SectorName(claim.Key)}没有融资事件，占已披露资金的{v}",
            "sector_value_share" => $"{SectorName(claim.Key)}占已披露资金的{v}",
            "sector_count_share" => $"{SectorName(claim.Key)}占融资事件的{v}",
            "strategic_sectors_amount" when claim.Value == 0 => $"{StrategicList("、")}等战略性行业没有已披露金额的融资",
            "strategic_sectors_amount" => $"{StrategicList("、")}等战略性行业合计融资{v}",
            "top_region_count_share" when claim.Tied.Count > 0 && slice is null => $"{TiedRegions(claim, "、", "和")}的融资事件并列最多，各占{v}",
            "top_region_count_share" when claim.Tied.Count > 0 => $"{TiedRegions(claim, "、", "和")}的{slice}融资事件并列最多，各占该领域的{v}",
            "top_region_count_share" when claim.Value == 1 && slice is null => $"全部融资事件均发生在{RegionName(claim.Subject)}",
            "top_region_count_share" when claim.Value == 1 => $"{slice}融资事件全部发生在{RegionName(claim.Subject)}",
            "top_region_count_share" when slice is null => $"{RegionName(claim.Subject)}的融资事件最多，占{v}",
            "top_region_count_share" => $"{RegionName(claim.Subject)}的{slice}融资事件最多，占该领域的{v}",
            "region_count_share" when claim.Absent => $"{RegionName(claim.Key)}没有融资事件，占融资事件的{v}",
            "region_count_share" => $"{RegionName(claim.Key)}占融资事件的{v}",
            "region_value_share" => $"{RegionName(claim.Key)}占已披露资金的{v}",
            "location_quotient" => $"{slice}融资事件的最高区位商为{v}",
            "local_fund_home_bias" => $"在有{Names.InvestorType("Government")}参与且基金所在地已知的事件中，{v}投向了基金所在地的企业",
            "cvc_active_share" => $"在参与3起及以上融资的投资方中，产业资本（CVC）占{v}",
            "investor_type_share" => $"{InvestorTypeSubject(claim.Key)}占出手投资方的{v}",
            // The statement opens with the period: the core names only the slice ("2025年第一季度，活跃投资方数为14").
            _ => $"{(slice is null ? "" : slice + "的")}{Vocabulary.MetricName(claim.Metric, Format.Language)}为{v}",
        };
    }

    private static string Severity(Claim claim) => claim.Severity switch
    {
        "error" => "严重问题",
        "warning" => "中等问题",
        _ => "提示性发现",
    };

    private string RuleText(Claim claim)
    {
        var severity = "属" + Severity(claim);
        var floor = claim.Operator is "<" or "<=";
        var line = floor ? "下限" : "阈值";
        var side = floor ? "低于" : "高于";
        return claim.Kind switch
        {
            ClaimKind.WithinRange => $"该指标处于规则{claim.RuleId}的正常区间内（{side}{ThresholdText(claim)}时报告）。",
            ClaimKind.Accepted when claim.Threshold is not null =>
                $"这一数值{side}规则{claim.RuleId}设定的{ThresholdText(claim)}{line}，该发现已按配置接受：{claim.Justification}",
            ClaimKind.Accepted => $"规则{claim.RuleId}报告了这一情况，已按配置接受：{claim.Justification}",
            _ when claim.Threshold is not null => $"这一数值{side}规则{claim.RuleId}设定的{ThresholdText(claim)}{line}，{severity}。",
            _ when Context.RuleCondition(claim.RuleId!, claim.Severity ?? "") is { } condition => $"本期触发规则{claim.RuleId}（{condition}时报告），{severity}。",
            _ => $"规则{claim.RuleId}{(Context.RuleTitle(claim.RuleId!) is { } title ? $"（{title}）" : "")}报告了这一情况，{severity}。",
        };
    }

    /// <summary>标题已说明并列的各笔融资及其金额、占比：正文只说明它们在本期的位次，以及最早的一笔。</summary>
    protected override string TiedSummary(Claim claim)
    {
        var round = claim.Round!;
        var region = round.Region == Metrics.Slice.UnknownValue ? "" : $"（{RegionName(round.Region)}）";
        return $"这{(round.Tied switch { 2 => "两", 3 => "三", _ => Format.Int(round.Tied) })}笔融资并列{PeriodName(claim)}{TiedPlace(claim.Key)}；其中{Earliest(round)}的是{RoundSector(round.Sector)}企业{round.Company}{region}的{Financing(round)}。";
    }

    private static string TiedPlace(string? key) => key switch
    {
        "1" => "最大",
        "2" => "第二大",
        "3" => "第三大",
        _ => "较大",
    };

    /// <summary>两笔中"较早"，多笔中"最早"。</summary>
    private static string Earliest(RoundFacts round) => round.Tied == 2 ? "较早" : "最早";

    /// <summary>标题已说明企业及其本期融资总额：正文只说明这笔融资在本期的位次，或本期单笔最大的融资属于哪家企业。</summary>
    protected override string RoundSummary(Claim claim, CompanyFacts lead)
    {
        var round = claim.Round!;
        var p = PeriodName(claim);
        var financing = Financing(round);
        var rounds = $"上述资金来自{Format.Int(lead.Rounds)}笔融资";
        if (round.Leader is not null)
        {
            var region = round.Region == Metrics.Slice.UnknownValue ? "" : $"（{RegionName(round.Region)}）";
            return $"{(lead.Rounds > 1 ? rounds + "；" : "")}{p}单笔最大的融资则是{RoundSector(round.Sector)}企业{round.Company}{region}的{financing}，金额{Format.Money(round.Amount)}，占全部已披露资金的{Format.Pct(round.Share)}。";
        }

        var rank = RoundRank(claim.Key);
        var raiser = Raiser(round);
        if (lead.Rounds == 1)
        {
            return $"这笔{financing}是{p}{rank}{raiser}。";
        }

        return claim.Key == "1"
            ? $"{rounds}，其中{(lead.Rounds == 2 ? "较大" : "最大")}的一笔为{financing}，金额{Format.Money(round.Amount)}，是{p}{rank}{raiser}。"
            : $"{rounds}，其中一笔{financing}金额{Format.Money(round.Amount)}，是{p}{rank}{raiser}。";
    }

    /// <summary>"D轮融资", "私募股权融资", but "战略投资" as it is, not "战略投资融资"; "融资" for a round without a stage.</summary>
    private string Financing(RoundFacts round)
    {
        var stage = RoundStage(round.Stage) ?? "";
        return stage.EndsWith("投资", StringComparison.Ordinal) ? stage : stage + "融资";
    }

    /// <summary>"，融资方为浙江的半导体企业"; the part known of it; nothing for a round with neither sector nor region.</summary>
    private string Raiser(RoundFacts round)
    {
        var sector = RoundSector(round.Sector);
        var region = round.Region == Metrics.Slice.UnknownValue ? "" : RegionName(round.Region);
        return (sector.Length, region.Length) switch
        {
            (0, 0) => "",
            (0, _) => $"，融资方位于{region}",
            (_, 0) => $"，融资方为{sector}企业",
            _ => $"，融资方为{region}的{sector}企业",
        };
    }

    private static string RoundRank(string? key) => key switch
    {
        "1" => "最大的一笔融资",
        "2" => "第二大的一笔融资",
        "3" => "第三大的一笔融资",
        _ => "一笔大额融资",
    };

    private string RoundText(Claim claim)
    {
        var round = claim.Round!;
        var (rank, place) = claim.Key switch
        {
            "1" => ("最大的一笔融资", "最大"),
            "2" => ("第二大的一笔融资", "第二大"),
            "3" => ("第三大的一笔融资", "第三大"),
            _ => ("一笔大额融资", "较大"),
        };
        // "D轮融资", "私募股权融资", but "战略投资" as it is, not "战略投资融资".
        var stage = RoundStage(round.Stage) ?? "";
        var financing = stage.EndsWith("投资", StringComparison.Ordinal) ? stage : stage + "融资";
        var region = round.Region == Metrics.Slice.UnknownValue ? "" : $"（{RegionName(round.Region)}）";
        if (round.Tied > 1)
        {
            // 金额相同的几笔融资：不称其中一笔为"最大"；两三笔时列出各企业，更多时说明笔数；并举出最早的一笔。
            if (round.NamesTied)
            {
                return $"{PeriodName(claim)}并列{place}的融资来自{TiedCompanies(round, "、", "和")}，各{Format.Money(round.Amount)}，各占全部已披露资金的{Format.Pct(round.Share)}；其中{Earliest(round)}的是{RoundSector(round.Sector)}企业{round.Company}{region}的{financing}。";
            }

            return $"{PeriodName(claim)}有{Format.Int(round.Tied)}笔融资并列{place}，各{Format.Money(round.Amount)}，各占全部已披露资金的{Format.Pct(round.Share)}；其中最早的是{RoundSector(round.Sector)}企业{round.Company}{region}的{financing}。";
        }

        if (round.Only)
        {
            var only = round.Deals > 1 ? "唯一披露金额的一笔融资" : "唯一的一笔融资";
            return $"{PeriodName(claim)}{only}是{RoundSector(round.Sector)}企业{round.Company}{region}的{financing}，金额{Format.Money(round.Amount)}。";
        }

        return $"{PeriodName(claim)}{rank}是{RoundSector(round.Sector)}企业{round.Company}{region}的{financing}，金额{Format.Money(round.Amount)}，占全部已披露资金的{Format.Pct(round.Share)}。";
    }

    /// <summary>The sector before 企业 in a round's sentence (人工智能企业, 其他行业企业); nothing for a deal without a sector.</summary>
    private string RoundSector(string sector) => sector == Metrics.Slice.UnknownValue ? "" : SectorName(sector);

    private string ThinText(Claim claim)
    {
        var p = PeriodName(claim);
        if (claim.Section == ClaimSections.Market)
        {
            return $"{p}仅有{Format.Int(claim.Scopes[0].Deals)}起融资事件，少于规则判断市场状况所需的{MinDeals}起，本报告只列示数据，不作判断（数据覆盖类规则仍说明数据情况）。";
        }

        if (claim.Scopes is [{ Scope.Slice: null } market])
        {
            var what = claim.Section switch
            {
                ClaimSections.Concentration => "资本集中度",
                ClaimSections.Stages => "轮次结构",
                ClaimSections.Sectors => "行业分布",
                ClaimSections.Regions => Names.Places.Heading(ReportLanguage.Chinese),
                _ => "投资方结构",
            };
            return $"{p}仅有{Format.Int(market.Deals)}起融资事件，{what}样本过少，本报告只列示数据，不作判断。";
        }

        var list = string.Join("、", claim.Scopes.Select(s => $"{SectorName(s.Key)}（{Format.Int(s.Deals)}起）"));
        return claim.Scopes.Count == 1
            ? $"{p}，{list}的融资事件少于判断所需的{MinDeals}起，本报告不对其作判断。"
            : $"{p}，{list}的融资事件均少于判断所需的{MinDeals}起，本报告不对其作判断。";
    }

    /// <summary>A number of deals takes its measure word (55起); other values are as they are.</summary>
    private static string Deals(Claim claim, string value) => claim.Metric == "deal_count" ? value + "起" : value;

    private string CoveredDays(Claim claim)
    {
        var (covered, days) = CoveredDays(claim.Scope.Period, claim.Through!.Value);
        return $"{Format.Int(days)}天中的{Format.Int(covered)}天";
    }

    private string NoDataText(Claim claim)
    {
        var p = PeriodName(claim);
        return claim.Missing switch
        {
            "partial" => $"数据截至{Format.Date(claim.Through)}，仅涵盖{p}{CoveredDays(claim)}：本报告的融资事件数与金额只反映这一部分，不与完整期间比较（占比类指标照常比较）。",
            "amounts" when claim.Scope.Slice is null => $"{p}没有披露金额的融资事件，金额、集中度和单笔规模类指标无法计算。",
            "amounts" => $"{p}没有披露金额的{SliceName(claim)}融资事件，无法衡量该领域的集中度。",
            "previous" => $"数据不含{PeriodName(claim.Scope.Period.Previous())}的融资事件，无法与上一期比较。",
            "year_ago" => $"数据不含{PeriodName(claim.Scope.Period.YearAgo())}的融资事件，无法与上年同期比较。",
            "stages" => $"{p}没有轮次已知的融资事件，无法衡量轮次结构。",
            "investors" when claim.Section == ClaimSections.Regions => $"{p}的融资事件均未注明投资方，无法衡量地方基金的本地偏好。",
            "investors" => $"{p}的融资事件均未注明投资方，无法衡量投资方结构。",
            "sectors" => $"{p}的融资事件均未注明行业，无法衡量行业分布、{HotName}占比和战略性行业的融资额。",
            "unclassified_sectors" => $"{p}融资事件的行业（{NamedLabels(claim, "、", "和")}{(claim.Labels.Count > LabelsNamed ? $"等{Format.Int(claim.Labels.Count)}个" : "")}）均不在行业分类表中，无法衡量{HotName}占比和战略性行业的融资额；在映射文件的sectors:中将其对应到分类表的行业即可衡量。",
            "regions" => $"{p}的融资事件均未注明{Names.Places.One(ReportLanguage.Chinese)}，无法衡量{Names.Places.Mix(ReportLanguage.Chinese)}、区位商和地方基金的本地偏好。",
            "investor_types" => $"{p}出手的投资方均无已知类型，无法衡量投资方结构。",
            "government_funds" => $"{p}没有所在地已知的{Names.InvestorType("Government")}参与的融资事件，无法衡量地方基金的本地偏好。",
            "unclassified_investors" => $"{p}出手的投资方均无已知类型（投资方名录未收录），无法衡量地方基金的本地偏好。",
            "untyped_investors" => $"{p}出手的{Format.Int(claim.Counts!.Whole)}家投资方中，有{Format.Int(claim.Counts.Part)}家（{Format.Pct(claim.Value)}）未被投资方名录收录，类型未知；以下各类型占比将其计为类型未知，各类型的实际占比可能更高。",
            "baseline" => $"{p}的{(Names.Places.Countries ? "各国" : "地区")}均无基准权重，无法计算区位商。",
            "hot_sector" => $"{p}没有{HotName}融资事件。",
            _ => $"{p}的数据不足以支持这一指标。",
        };
    }

    /// <summary>What a restated finding is about: a deal count names its slice (人工智能的融资事件数).</summary>
    private string RestatedNoun(Claim claim) =>
        claim.Metric == "deal_count" && SliceName(claim) is { } slice ? $"{slice}的融资事件数" : Noun(claim);

    private string Noun(Claim claim)
    {
        var slice = SliceName(claim);
        return claim.Metric switch
        {
            "deal_count" => "融资事件数",
            "total_amount" => "披露融资总额",
            "hhi" when slice is null => "全市场HHI",
            "hhi" => $"{slice}领域HHI",
            "top_quintile_share" when slice is null => "头部20%企业份额",
            "top_quintile_share" => $"{slice}头部20%企业份额",
            "hot_sector_value_share" => $"{HotName}金额占比",
            "sector_value_share" => $"{SectorName(claim.Key)}金额占比",
            "sector_count_share" => $"{SectorName(claim.Key)}事件占比",
            "region_count_share" => $"{RegionName(claim.Key)}事件占比",
            "top_region_count_share" when claim.Tied.Count > 0 => $"并列首位{Names.Places.Many(ReportLanguage.Chinese)}{slice}事件占比",
            "top_region_count_share" => $"{RegionName(claim.Subject)}{slice}事件占比",
            "investor_type_share" => $"{InvestorTypeSubject(claim.Key)}占比",
            _ => slice + Vocabulary.MetricName(claim.Metric, Format.Language),
        };
    }

    /// <summary>The rule's title in Chinese when the pack has one; otherwise the deciding indicator and its value.</summary>
    private string Title(Claim claim)
    {
        if (claim.RuleId is { } id && Context.RuleTitle(id) is { } title)
        {
            return (SliceName(claim) is { } slice ? slice + "：" : "") + title;
        }

        return claim.Metric.Length == 0 || claim.Value is null
            ? $"规则{claim.RuleId}报告的{Severity(claim)}"
            : $"{Noun(claim)}为{Value(claim)}";
    }

    /// <summary>An investor type as the subject of a sentence: 天使投资人; the investors of no known type are 类型未知的投资方, not 未知.</summary>
    private string InvestorTypeSubject(string? type) => type == "Unknown" ? "类型未知的投资方" : Names.InvestorType(type ?? "Other");
}
