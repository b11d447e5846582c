using System.Globalization;
using System.Reflection;
using CapitalHealthReport.Loading;
using CapitalHealthReport.Metrics;
using CapitalHealthReport.Model;
using CapitalHealthReport.Reference;
using CapitalHealthReport.Reporting.Charts;
using CapitalHealthReport.Reporting.Narrative;
using CapitalHealthReport.Rules;
using Scriban.Runtime;

namespace CapitalHealthReport.Reporting.Model;

/// <summary>What the report model is built from: the loaded data, the metrics engine, the rules and their findings.</summary>
public sealed record ReportInputs
{
    public required LoadResult Load { get; init; }

    public required MetricsEngine Engine { get; init; }

    public required ReferenceData Reference { get; init; }

    public required AnalysisConfig Config { get; init; }

    public required RuleCatalog Catalog { get; init; }

    public required AnalysisResult Analysis { get; init; }

    public required Period Period { get; init; }

    public required ReportLanguage Language { get; init; }

    /// <summary>The report's date: <c>--as-of</c>, else the period's last day (never the clock).</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>The data cut-off (the last deal date unless given); null when not known.</summary>
    public DateOnly? Cutoff { get; init; }

    /// <summary>What the run assumed or left out (a currency taken as the default, rows not used), one sentence each, for the data-quality section.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The template's file name, recorded in the provenance.</summary>
    public string TemplateName { get; init; } = "";

    public string Organisation { get; init; } = "CapitalHealthReport";

    /// <summary>The regional window (default: the first eight months of the year before the period).</summary>
    public Period? RegionalWindow { get; init; }
}

/// <summary>Builds the <see cref="ReportModel"/> a template renders: metrics, findings, series, tables and charts.</summary>
public static class ReportModelBuilder
{
    /// <summary>How many quarters the time series and charts show.</summary>
    public const int SeriesQuarters = 8;

    public static ReportModel Build(ReportInputs inputs)
    {
        var language = inputs.Language;
        var engine = inputs.Engine;
        var parameters = engine.Parameters;
        var format = new NarrativeFormatter(language, parameters.ReportingCurrency);
        var names = new DisplayNames(inputs.Reference, language);
        var period = inputs.Period;
        var hotSector = parameters.HotSector;

        var marketScope = new Scope(period);
        var hotScope = new Scope(period, new Slice(SliceDimensions.Sector, hotSector));
        var window = inputs.RegionalWindow ?? Period.Range(new DateOnly(period.Start.Year - 1, 1, 1), new DateOnly(period.Start.Year - 1, 8, 31));
        var regionalScope = new Scope(window, new Slice(SliceDimensions.Sector, hotSector));

        var market = ScopeOf(engine, marketScope, format, names, hotSector);
        var hot = ScopeOf(engine, hotScope, format, names, hotSector);
        var regional = ScopeOf(engine, regionalScope, format, names, hotSector);

        var diagnostics = inputs.Analysis.Diagnostics;
        var findings = diagnostics.Select(d => Finding(d, format, names)).ToList();
        var thresholds = inputs.Catalog.Rules.Where(static r => r.Threshold is { Key: null, Change: ThresholdChange.None }).ToList();
        var story = new StoryView
        {
            Concentration = Indicator("top_quintile_share", hotScope, hot.Metrics.TopQuintileShare, hot.Yoy.TopQuintileShare, hot.YoyKnown, null, ScopeKinds.Sector),
            HotSectorShare = Indicator("hot_sector_value_share", marketScope, market.Metrics.HotSectorValueShare, market.Yoy.HotSectorValueShare, market.YoyKnown, null, ScopeKinds.Period),
            TopRegion = Indicator("top_region_count_share", regionalScope, regional.Metrics.TopRegionCountShare, regional.Yoy.TopRegionCountShare, regional.YoyKnown, regional.Metrics.TopRegion is { } top ? names.Region(top) : null, ScopeKinds.Sector),
            SeedAngel = Indicator("seed_angel_count_share", marketScope, market.Metrics.SeedAngelCountShare, market.Yoy.SeedAngelCountShare, market.YoyKnown, null, ScopeKinds.Period),
            Hhi = Indicator("hhi", marketScope, market.Metrics.Hhi, market.Yoy.Hhi, market.YoyKnown, null, ScopeKinds.Period, strictest: true),
        };

        IndicatorView Indicator(string metric, Scope scope, double? value, double? yoy, bool yoyKnown, string? subject, string scopeKind, bool strictest = false)
        {
            // The rule that sets the metric's threshold, preferring one judged at this scope kind; the level named is the
            // default severity's, or the strictest one (the HHI line at which the market is highly concentrated).
            var rule = thresholds.FirstOrDefault(r => r.Threshold!.Metric == metric && r.ScopeKind == scopeKind) ?? thresholds.FirstOrDefault(r => r.Threshold!.Metric == metric);
            var threshold = rule?.Threshold;
            var level = threshold is null ? null : strictest ? threshold.Levels[^1] : threshold.Levels[0];
            var limit = level?.Resolve(parameters);
            var descriptor = MetricCatalog.Find(metric);
            var isShare = descriptor?.IsShare ?? true;
            var fired = rule is not null && diagnostics.Any(d => d.IsActive && d.Id == rule.Id && d.Scope == scope);
            var severity = fired ? diagnostics.First(d => d.IsActive && d.Id == rule!.Id && d.Scope == scope).Severity : DiagnosticSeverity.None;
            return new IndicatorView
            {
                Metric = metric,
                MetricName = Vocabulary.MetricName(metric, language),
                Scope = scope.Label,
                ScopeName = names.Scope(scope, format),
                Value = value,
                ValueText = isShare ? format.Pct(value) : format.Num(value, 0),
                Comparison = yoyKnown ? yoy : null,
                ChangeText = format.Change(value, yoyKnown ? yoy : null, format.PeriodLabel(scope.Period.YearAgo()), isShare ? "share" : "level"),
                RuleId = rule?.Id,
                Threshold = limit,
                ThresholdText = limit is not { } shown ? format.NotAvailable : isShare ? format.Pct(shown) : format.Num(shown, 0),
                Operator = threshold is null ? "" : Operator(threshold.Comparison),
                HasRule = rule is not null,
                Fired = fired,
                Breaches = level is not null && threshold!.IsMet(value, level.Severity, parameters),
                Severity = fired ? Severities.Name(severity) : "",
                SeverityLabel = fired ? format.SeverityLabel(Severities.Name(severity)) : "",
                Subject = subject,
            };
        }

        var topFindings = diagnostics
            .Where(static d => d.IsActive && d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .DistinctBy(static d => d.Id)
            .Take(5)
            .ToList();
        if (topFindings.Count < 3)
        {
            topFindings.AddRange(diagnostics
                .Where(d => d.IsActive && d.Severity == DiagnosticSeverity.Info && topFindings.All(t => t.Id != d.Id))
                .DistinctBy(static d => d.Id)
                .Take(3 - topFindings.Count));
        }

        var summary = inputs.Analysis.Summary;
        var series = Series(engine, period, hotSector, format);
        var sectors = Slices(engine, period, SliceDimensions.Sector, market, names.Sector);
        var regions = Slices(engine, period, SliceDimensions.Region, market, names.Region);
        var stages = Stages.All
            .Select(Stages.Name)
            .Where(s => market.Metrics.StageCountShare.ContainsKey(s))
            .Select(s => new StageView
            {
                Key = s,
                Name = Vocabulary.StageName(s, language),
                CountShare = market.Metrics.StageCountShare.TryGetValue(s, out var c) ? c : null,
                ValueShare = market.Metrics.StageValueShare.TryGetValue(s, out var v) ? v : null,
                MedianAmount = market.Metrics.MedianAmount.TryGetValue(s, out var m) ? m : null,
            })
            .ToList();

        var topCompanies = engine.TopCompanies(hotScope, 10)
            .Select((c, i) => new CompanyView(i + 1, c.Name, (double)c.Amount, c.Share, c.Deals))
            .ToList();
        var activeInvestors = engine.ActiveInvestors(regionalScope, 3)
            .OrderByDescending(static i => i.Deals)
            .ThenBy(static i => i.Name, StringComparer.Ordinal)
            .Take(15)
            .Select((i, n) => new InvestorView(n + 1, i.Name, i.Type, Vocabulary.InvestorTypeName(i.Type, language), i.HomeRegion is null ? "" : names.Region(i.HomeRegion), i.Deals))
            .ToList();
        var activeByType = engine.ActiveInvestors(marketScope, 1)
            .GroupBy(static i => i.Type, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var investorTypes = market.Metrics.InvestorTypeShare
            .OrderByDescending(static p => p.Value)
            .ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Select(p => new InvestorTypeView(p.Key, Vocabulary.InvestorTypeName(p.Key, language), p.Value, activeByType.GetValueOrDefault(p.Key)))
            .ToList();
        var lorenz = engine.Lorenz(hotScope);

        var statistics = inputs.Load.Statistics;
        var dataQuality = new DataQualityView
        {
            RowsRead = statistics.RowsRead,
            RowsLoaded = statistics.RowsLoaded,
            RowsRejected = statistics.RowsRejected,
            Undisclosed = statistics.Undisclosed,
            Estimated = statistics.Estimated,
            UndisclosedShare = statistics.RowsLoaded == 0 ? null : statistics.Undisclosed / (double)statistics.RowsLoaded,
            FirstDate = statistics.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? format.NotAvailable,
            LastDate = statistics.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? format.NotAvailable,
            Rejections = statistics.RejectedByReason.Values
                .OrderByDescending(static r => r.Count)
                .ThenBy(static r => r.Code, StringComparer.Ordinal)
                .Select(static r => new RejectionView(r.Code, r.Reason, r.Count, string.Join(", ", r.FirstLines.Select(static l => l.ToString(CultureInfo.InvariantCulture)))))
                .ToList(),
            Unmapped = Unmapped(statistics),
            Issues = inputs.Load.Issues.Count,
            Cutoff = inputs.Cutoff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? format.NotAvailable,
            Notes = inputs.Notes,
        };

        var rules = inputs.Catalog.Rules.Select(r => RuleOf(r, inputs.Config, format)).ToList();
        var metricCatalog = MetricCatalog.All
            .Select(m => new MetricDefinitionView(
                m.JsonName,
                Vocabulary.MetricName(m.JsonName, language),
                m.Unit,
                language == ReportLanguage.Chinese ? Vocabulary.ChineseDefinition(m.JsonName) ?? m.Definition : m.Definition))
            .ToList();
        var parametersView = new ParametersView(
            parameters.ReportingCurrency,
            parameters.HotSector,
            parameters.StrategicSectors,
            parameters.StrategicSectors.Select(names.Sector).ToList(),
            string.Join(language == ReportLanguage.Chinese ? "、" : ", ", parameters.StrategicSectors.Select(names.Sector)),
            parameters.MinDeals,
            language == ReportLanguage.Chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{parameters.MegaRoundUsd / 1_000_000m:N0}百万美元")
                : string.Create(CultureInfo.InvariantCulture, $"{parameters.MegaRoundUsd / 1_000_000m:N0} M USD"));

        var version = ToolVersion();
        var provenance = new ProvenanceView(
            inputs.Load.SourceName,
            inputs.Load.Sha256,
            statistics.RowsRead,
            inputs.Config.SourcePath is { } configPath ? Path.GetFileName(configPath) : (language == ReportLanguage.Chinese ? "内置默认配置" : "built-in defaults"),
            string.Join(", ", inputs.Catalog.Rules.Select(static r => Path.GetFileName(r.SourceFile)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            version,
            inputs.TemplateName);

        var isChinese = language == ReportLanguage.Chinese;
        var periodView = PeriodOf(period, format);
        var report = new ReportInfo
        {
            Title = isChinese ? "资本生态健康度报告" : "Capital Ecosystem Health Report",
            Subtitle = isChinese ? $"{periodView.Name}季度监测" : $"Quarterly monitor, {periodView.Name}",
            Organisation = inputs.Organisation,
            Author = "capital-health " + version,
            Keywords = isChinese ? "资本集中度, 轮次结构, 行业挤出, 区域分布, 投资方结构" : "capital concentration, stage skew, sector crowd-out, regional bias, investor mix",
            Language = ReportLanguages.Tag(language),
            Date = inputs.ReportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Currency = parameters.ReportingCurrency,
            ToolVersion = version,
            Filters = engine.Filters.Select(static f => f.ToString()).ToList(),
        };

        var model = new ReportModel
        {
            Report = report,
            Period = periodView,
            PrevPeriod = PeriodOf(period.Previous(), format),
            YoyPeriod = PeriodOf(period.YearAgo(), format),
            HotSector = hotSector,
            HotSectorName = names.Sector(hotSector),
            Market = market,
            Hot = hot,
            Regional = regional,
            RegionalWindow = PeriodOf(window, format),
            RegionalLeaders = regional.Metrics.RegionCountShare
                .Where(static p => p.Key != "Unknown")
                .OrderByDescending(static p => p.Value)
                .ThenBy(static p => p.Key, StringComparer.Ordinal)
                .Take(3)
                .Select(p => new RegionShareView(p.Key, names.Region(p.Key), (int)Math.Round(p.Value * regional.Metrics.DealCount, MidpointRounding.AwayFromZero), p.Value))
                .ToList(),
            Story = story,
            Sectors = sectors,
            Regions = regions,
            Stages = stages,
            Findings = findings,
            TopFindings = topFindings.Select(d => Finding(d, format, names)).ToList(),
            FindingSummary = new FindingSummaryView(summary.Error, summary.Warning, summary.Info, summary.Suppressed, summary.Error + summary.Warning + summary.Info),
            TopCompanies = topCompanies,
            ActiveInvestors = activeInvestors,
            InvestorTypes = investorTypes,
            Lorenz = lorenz,
            Series = series,
            DataQuality = dataQuality,
            Rules = rules,
            MetricCatalog = metricCatalog,
            Parameters = parametersView,
            Provenance = provenance,
        };

        model.Charts = ChartBuilder.Build(model, language);
        return model;
    }

    /// <summary>The tool's version without build metadata (<c>0.1.0</c>), so reports do not change with the commit.</summary>
    public static string ToolVersion()
    {
        var informational = typeof(ReportModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ReportModelBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    internal static PeriodView PeriodOf(Period period, NarrativeFormatter format) => new()
    {
        Label = period.Label,
        Name = format.PeriodLabel(period),
        Start = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kind = period.Kind.ToString().ToLowerInvariant(),
    };

    private static ScopeView ScopeOf(MetricsEngine engine, Scope scope, NarrativeFormatter format, DisplayNames names, string hotSector)
    {
        var metrics = engine.ComputeWithComparisons(scope);
        return new ScopeView
        {
            Label = scope.Label,
            Name = names.Scope(scope, format),
            Metrics = metrics.Metrics,
            Prev = metrics.Prev,
            Yoy = metrics.Yoy,
            DeltaPrev = Deltas(metrics.Metrics, metrics.Prev),
            DeltaYoy = Deltas(metrics.Metrics, metrics.Yoy),
            PrevKnown = metrics.PrevKnown,
            YoyKnown = metrics.YoyKnown,
            HotSectorCountShare = HotCountShare(metrics.Metrics, hotSector),
        };
    }

    private static double? HotCountShare(MetricSet metrics, string hotSector) =>
        metrics.DealCount == 0 ? null : metrics.SectorCountShare.GetValueOrDefault(hotSector);

    /// <summary>current − comparison for every numeric metric, by snake_case name; null when either side is undefined.</summary>
    private static ScriptObject Deltas(MetricSet current, MetricSet comparison)
    {
        var deltas = new ScriptObject(StringComparer.Ordinal);
        foreach (var metric in MetricCatalog.All.Where(static m => m.Kind is MetricKind.Count or MetricKind.Number))
        {
            deltas.SetValue(metric.JsonName, metric.Delta(current, comparison), true);
        }

        return deltas;
    }

    private static List<QuarterView> Series(MetricsEngine engine, Period period, string hotSector, NarrativeFormatter format)
    {
        var last = Period.Containing(period.End, PeriodKind.Quarter);
        var quarters = new List<Period> { last };
        while (quarters.Count < SeriesQuarters)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        return quarters.Select(q =>
        {
            var all = engine.Compute(new Scope(q));
            var hot = engine.Compute(new Scope(q, new Slice(SliceDimensions.Sector, hotSector)));
            return new QuarterView
            {
                Label = q.Label,
                Name = format.PeriodLabel(q),
                DealCount = all.DealCount,
                TotalAmount = all.TotalAmount,
                Hhi = all.Hhi,
                HotHhi = hot.Hhi,
                TopQuintileShare = all.TopQuintileShare,
                HotTopQuintileShare = hot.TopQuintileShare,
                EarlyCountShare = all.EarlyCountShare,
                SeedAngelCountShare = all.SeedAngelCountShare,
                LateValueShare = all.LateValueShare,
                HotSectorValueShare = all.HotSectorValueShare,
                HotSectorCountShare = HotCountShare(all, hotSector),
                StrategicSectorsAmount = all.StrategicSectorsAmount,
                TopRegion = all.TopRegion,
                TopRegionCountShare = all.TopRegionCountShare,
                StageGroupShares = StageGroupShares(all),
                StrategicBySector = engine.Parameters.StrategicSectors
                    .ToDictionary(sector => sector, sector => all.SectorValueShare.GetValueOrDefault(sector) * all.TotalAmount, StringComparer.Ordinal),
            };
        }).ToList();
    }

    /// <summary>Shares of all deals by stage group (early, growth, late, other); null when the quarter has no deals.</summary>
    private static SortedDictionary<string, double?> StageGroupShares(MetricSet metrics)
    {
        var shares = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var group in ChartBuilder.StageGroups)
        {
            shares[group] = metrics.DealCount == 0 ? null : 0.0;
        }

        if (metrics.DealCount == 0)
        {
            return shares;
        }

        foreach (var (stageName, share) in metrics.StageCountShare)
        {
            var stage = Stages.TryParseCanonical(stageName) ?? Stage.Unknown;
            var group = Stages.GroupOf(stage) switch
            {
                StageGroup.Early => "early",
                StageGroup.Growth => "growth",
                StageGroup.Late => "late",
                _ => "other",
            };
            shares[group] = shares[group] + share;
        }

        return shares;
    }

    private static List<SliceView> Slices(MetricsEngine engine, Period period, string dimension, ScopeView market, Func<string, string> name)
    {
        var isRegion = dimension == SliceDimensions.Region;
        return engine.SliceValues(period, dimension)
            .Select(value =>
            {
                var metrics = engine.ComputeWithComparisons(new Scope(period, new Slice(dimension, value)));
                var countShares = isRegion ? market.Metrics.RegionCountShare : market.Metrics.SectorCountShare;
                var valueShares = isRegion ? market.Metrics.RegionValueShare : market.Metrics.SectorValueShare;
                var yoyCount = isRegion ? market.Yoy.RegionCountShare : market.Yoy.SectorCountShare;
                var yoyValue = isRegion ? market.Yoy.RegionValueShare : market.Yoy.SectorValueShare;
                return new SliceView
                {
                    Key = value,
                    Name = name(value),
                    DealCount = metrics.Metrics.DealCount,
                    TotalAmount = metrics.Metrics.TotalAmount,
                    CountShare = countShares.TryGetValue(value, out var c) ? c : null,
                    ValueShare = valueShares.TryGetValue(value, out var v) ? v : null,
                    YoyCountShare = market.YoyKnown && yoyCount.TryGetValue(value, out var yc) ? yc : null,
                    YoyValueShare = market.YoyKnown && yoyValue.TryGetValue(value, out var yv) ? yv : null,
                    LocationQuotient = isRegion && market.Metrics.LocationQuotient.TryGetValue(value, out var lq) ? lq : null,
                    TopQuintileShare = metrics.Metrics.TopQuintileShare,
                };
            })
            .OrderByDescending(static s => s.DealCount)
            .ThenBy(static s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static List<UnmappedView> Unmapped(LoadStatistics statistics)
    {
        var list = new List<UnmappedView>();
        list.AddRange(statistics.UnmappedStages.Select(static p => new UnmappedView("stage", p.Key, p.Value)));
        list.AddRange(statistics.UnmappedSectors.Select(static p => new UnmappedView("sector", p.Key, p.Value)));
        list.AddRange(statistics.UnmappedRegions.Select(static p => new UnmappedView("region", p.Key, p.Value)));
        return list;
    }

    private static FindingView Finding(Diagnostic diagnostic, NarrativeFormatter format, DisplayNames names)
    {
        var severity = Severities.Name(diagnostic.Severity);
        var scopeName = names.Scope(diagnostic.Scope, format);
        var evidence = diagnostic.Evidence
            .OrderBy(static e => e.Key, StringComparer.Ordinal)
            .Select(e => new EvidenceView(e.Key, Vocabulary.EvidenceName(e.Key, format.Language), e.Value, FormatMetric(e.Key, e.Value, format)))
            .ToList();
        var chinese = format.Language == ReportLanguage.Chinese;
        var details = string.Join(chinese ? "，" : "; ", evidence.Select(e => chinese ? $"{e.Name}为{e.Text}" : $"{e.Name} {e.Text}"));
        var summary = chinese
            ? $"{scopeName}：{(details.Length > 0 ? details : diagnostic.Title)}（规则{diagnostic.Id}，{format.SeverityLabel(severity)}）"
            : $"{diagnostic.Message} ({scopeName}; rule {diagnostic.Id}, {format.SeverityLabel(severity).ToLowerInvariant()})";
        return new FindingView
        {
            Id = diagnostic.Id,
            Severity = severity,
            SeverityLabel = format.SeverityLabel(severity),
            Callout = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "CAUTION",
                DiagnosticSeverity.Warning => "WARNING",
                _ => "NOTE",
            },
            Category = diagnostic.Category,
            Title = diagnostic.Title,
            Message = diagnostic.Message,
            Summary = summary,
            Scope = diagnostic.Location,
            ScopeName = scopeName,
            Help = diagnostic.Help,
            Evidence = evidence,
            Suppressed = diagnostic.Suppressed is not null,
            Justification = diagnostic.Suppressed?.Justification,
            Baseline = diagnostic.Baseline.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>A metric value formatted by its kind: shares as percentages, amounts as money, HHI as a whole number.</summary>
    internal static string FormatMetric(string metric, double? value, NarrativeFormatter format)
    {
        // Evidence names carry a period prefix and a key (yoy.early_count_share, location_quotient.max): format as the metric.
        metric = Vocabulary.SplitEvidence(metric).Metric;
        var descriptor = MetricCatalog.Find(metric);
        if (descriptor is null)
        {
            return metric.EndsWith("_share", StringComparison.Ordinal) ? format.Pct(value) : format.Num(value, 2);
        }

        if (descriptor.IsShare)
        {
            return format.Pct(value);
        }

        return metric switch
        {
            "total_amount" or "strategic_sectors_amount" or "median_amount" => format.Money(value),
            "deal_count" or "company_count" or "hhi" => format.Int(value),
            _ => format.Num(value, 2),
        };
    }

    private static string Operator(ThresholdComparison comparison) => comparison switch
    {
        ThresholdComparison.Above => ">",
        ThresholdComparison.AtLeast => ">=",
        ThresholdComparison.Below => "<",
        _ => "<=",
    };

    private static RuleView RuleOf(RuleDescriptor rule, AnalysisConfig config, NarrativeFormatter format)
    {
        var effective = Severities.Name(config.SeverityOverrides.Effective(rule));
        var description = rule.Description.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0].Replace('\n', ' ').Trim();
        return new RuleView
        {
            Id = rule.Id,
            Title = rule.Title,
            Category = rule.Category,
            Severity = effective,
            SeverityLabel = format.SeverityLabel(effective),
            Scope = rule.ScopeKind,
            Condition = rule.When,
            Escalations = rule.Escalate
                .OrderBy(static e => e.Key, StringComparer.Ordinal)
                .Select(e => new EscalationView(e.Key, format.SeverityLabel(e.Key), e.Value))
                .ToList(),
            MinDeals = rule.MinDeals?.ToString(CultureInfo.InvariantCulture) ?? "min_deals",
            Help = rule.HelpUri,
            Description = description,
        };
    }
}
