using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

// The amounts of a sample copy: drawn from each stage's distribution, medians pinned, value totals calibrated per
// quarter and sector group (with the AI top-quintile share), some larger AI rounds written in US dollars, and the
// rounding an export shows.
internal sealed partial class SampleBuilder
{
    private void DrawAmounts()
    {
        foreach (var deal in _deals.Where(d => d.Disclosed && !d.Named))
        {
            var aiRecent = deal.IsAi && deal.Date.Year >= 2024;
            deal.Frozen = aiRecent && deal.Stage is Stage.Seed or Stage.A or Stage.C or Stage.D;
            deal.Draw = Quantile(SamplePlan.AmountKnots(deal.Stage, aiRecent), _rng.NextDouble());
            deal.Cny = Snap((decimal)deal.Draw);
            if (!deal.Frozen && deal.Stage is Stage.Angel or Stage.PreA or Stage.Strategic or Stage.B && deal.Draw is >= 2e7 and <= 1.2e8 && _rng.Chance(0.12))
            {
                var nearYi = deal.Draw > 7e7;
                deal.VagueText = nearYi ? "近亿元" : "数千万人民币";
                deal.Cny = nearYi ? 90_000_000m : 50_000_000m;
            }
        }
    }

    /// <summary>
    /// Pins the medians of figure 9 of the article: within each stratum the middle amount(s) become the pinned value and the
    /// amounts below and above keep a margin from it, so the median holds in USD at either year's rate.
    /// </summary>
    private void PinMedians()
    {
        foreach (var (stages, median) in SamplePlan.PinnedMedians)
        {
            var stratum = _deals.Where(d => d.Disclosed && d.IsAi && d.Date.Year >= 2024 && stages.Contains(d.Stage)).OrderBy(d => d.Cny).ThenBy(d => d.Order).ToList();
            var n = stratum.Count;
            if (n == 0)
            {
                continue;
            }

            var lowMiddle = (n - 1) / 2;
            var highMiddle = n / 2;
            for (var i = 0; i < n; i++)
            {
                var deal = stratum[i];
                if (deal.Named)
                {
                    continue;
                }

                if (i >= lowMiddle && i <= highMiddle)
                {
                    deal.Cny = median;
                }
                else if (i < lowMiddle && deal.Cny > median * 0.96m)
                {
                    deal.Cny = Snap(median * 0.96m);
                }
                else if (i > highMiddle && deal.Cny < median * 1.04m)
                {
                    deal.Cny = Snap(median * 1.04m);
                }
            }
        }
    }

    /// <summary>
    /// Brings the value of one quarter and sector group to its target: amounts that are neither named, pinned
    /// nor vague scale by one factor, and one late-stage filler round takes the rest. For AI in 2025Q1 the
    /// factor is chosen so that the top fifth of companies hold the target share.
    /// </summary>
    /// <returns>The value above target that the fixed amounts forced into this quarter, to be taken off the next quarter of the year.</returns>
    private decimal CalibrateCell(int quarter, SectorGroup group, decimal carried)
    {
        var target = (decimal)(SamplePlan.ValueTargetBn[(int)group][quarter] * 1e9) - carried;
        var cell = _deals.Where(d => d.Disclosed && d.Group == group && d.Quarter == quarter).ToList();
        var late = group == SectorGroup.AI ? new[] { Stage.EPlus, Stage.PreIPO } : new[] { Stage.C, Stage.D, Stage.EPlus, Stage.PreIPO };
        var free = cell.Where(d => !d.Named && !d.Frozen && d.VagueText is null).ToList();
        var fillers = free.Where(d => late.Contains(d.Stage))
            .OrderBy(d => Preference(d.Sector)).ThenByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        if (fillers.Count == 0)
        {
            fillers = free.Where(d => d.Stage is Stage.B or Stage.C or Stage.D).OrderByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        }

        if (fillers.Count == 0)
        {
            fillers = free.OrderByDescending(d => d.Draw).ThenBy(d => d.Order).Take(1).ToList();
        }

        if (fillers.Count == 0)
        {
            // Nothing free to calibrate with (possible only in a tiny cell): leave the drawn amounts.
            return 0m;
        }

        fillers[0].Filler = true;

        var adjustable = free.Where(d => !d.Filler).ToList();
        var fixedSum = cell.Where(d => d.Named || d.Frozen || d.VagueText is not null).Sum(d => d.Cny);
        var drawSum = (decimal)adjustable.Sum(d => d.Draw);
        var minimumFill = 3m * Yi;
        var maxScale = drawSum <= 0 ? 1.0 : (double)((target - fixedSum - minimumFill) / drawSum);
        var topQuintile = SamplePlan.TopQuintileTarget(group, quarter);
        var excess = 0m;
        if (maxScale <= 0.05)
        {
            // The named and pinned rounds alone exceed the target: keep the free amounts small, give the filler its
            // minimum and take the excess off the next quarter of the year.
            maxScale = 0.05;
            var needed = fixedSum + minimumFill + (0.05m * drawSum);
            excess = needed - target;
            target = needed;
            topQuintile = null;
        }

        var scale = Math.Min(1.0, maxScale);
        if (SamplePlan.FillerShare(group, quarter) is { } fillerShare && drawSum > 0)
        {
            scale = Math.Clamp((double)(((target * (decimal)(1 - fillerShare)) - fixedSum) / drawSum), 0.05, maxScale);
        }

        if (topQuintile is { } targetShare)
        {
            var lo = 0.02;
            var hi = maxScale;
            for (var i = 0; i < 32; i++)
            {
                var mid = (lo + hi) / 2;
                Apply(mid);
                if (TopQuintileShare(cell) > targetShare)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            scale = (lo + hi) / 2;
        }

        Apply(scale);
        return excess;

        void Apply(double s)
        {
            foreach (var deal in adjustable)
            {
                deal.Cny = Snap((decimal)(deal.Draw * s));
            }

            var rest = target - fixedSum - adjustable.Sum(d => d.Cny);
            fillers[0].Cny = Snap(rest);
        }
    }

    /// <summary>About one in ten larger AI rounds that no median pins is written in US dollars, as exports do.</summary>
    private void PriceSomeInDollars()
    {
        foreach (var deal in _deals.Where(d => d.IsAi && d.Disclosed && !d.Named && !d.Frozen && d.VagueText is null && d.Cny >= 2m * Yi))
        {
            if (deal.Stage is Stage.B or Stage.EPlus or Stage.PreIPO or Stage.Strategic && _rng.Chance(0.1))
            {
                var rate = SamplePlan.CnyPerUsd(deal.Date.Year);
                deal.Usd = Math.Max(1_000_000m, Math.Round(deal.Cny / rate / 1_000_000m, MidpointRounding.AwayFromZero) * 1_000_000m);
                deal.Cny = deal.Usd.Value * rate;
            }
        }
    }

    private static double TopQuintileShare(IEnumerable<PlannedDeal> deals)
    {
        var totals = deals.GroupBy(d => d.Company!.Id).Select(g => g.Sum(d => d.Cny)).OrderByDescending(x => x).ToList();
        var top = (int)Math.Ceiling(0.2 * totals.Count);
        var sum = totals.Sum();
        return sum == 0 ? 0 : (double)(totals.Take(top).Sum() / sum);
    }

    /// <summary>Rounds to what an export writes: 2 decimals of 亿 from 1亿, whole 百万 from 1000万, whole 十万 below.</summary>
    public static decimal Snap(decimal cny)
    {
        var grain = cny >= Yi ? 1_000_000m : cny >= 10_000_000m ? 1_000_000m : 100_000m;
        var snapped = Math.Round(cny / grain, MidpointRounding.AwayFromZero) * grain;
        return Math.Max(snapped, 100_000m);
    }

    private static double Quantile((double P, double Cny)[] knots, double u)
    {
        for (var i = 1; i < knots.Length; i++)
        {
            if (u <= knots[i].P)
            {
                var (p0, x0) = knots[i - 1];
                var (p1, x1) = knots[i];
                var t = (u - p0) / (p1 - p0);
                return Math.Exp(Math.Log(x0) + (t * (Math.Log(x1) - Math.Log(x0))));
            }
        }

        return knots[^1].Cny;
    }
}
