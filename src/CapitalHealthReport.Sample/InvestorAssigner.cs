using CapitalHealthReport.Model;

namespace CapitalHealthReport.Sample;

/// <summary>
/// Places investors on the deals of one sample copy: first the core investors by their picks (net of the
/// named rounds they already lead), then directory and generated investors at random, keeping every
/// investor outside the core under three AI deals in the 2024 window and every other government fund under
/// three AI deals since 2024.
/// </summary>
internal sealed class InvestorAssigner
{
    private const int LongTailPool = 1_100;
    private static readonly double[] InvestorCountWeights = [3, 30, 35, 22, 10];

    private readonly Pcg32 _rng;
    private readonly int _copy;
    private readonly Dictionary<string, int> _windowAi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _aiSince2024 = new(StringComparer.Ordinal);
    private readonly SampleInvestor[] _others = [.. SampleInvestors.All.Where(i => !i.IsCore)];
    private readonly HashSet<string> _governmentFunds = new(SampleInvestors.All.Where(i => !i.IsCore && i.Type == InvestorType.Government).Select(i => i.Name), StringComparer.Ordinal);
    private readonly HashSet<string> _directoryNames = new(SampleInvestors.All.SelectMany(i => i.Aliases.Prepend(i.Name)), StringComparer.Ordinal);

    public InvestorAssigner(Pcg32 rng, int copy)
    {
        _rng = rng;
        _copy = copy;
    }

    private List<PlannedDeal> _aiDeals = [];
    private List<PlannedDeal> _otherDeals = [];

    public void Assign(List<PlannedDeal> deals)
    {
        _aiDeals = [.. deals.Where(d => d.IsAi)];
        _otherDeals = [.. deals.Where(d => !d.IsAi)];
        foreach (var investor in SampleInvestors.All.Where(i => i.IsCore))
        {
            PlaceCore(investor, deals);
        }

        foreach (var deal in deals)
        {
            var wanted = _rng.Pick(InvestorCountWeights);
            var attempts = 0;
            while (deal.Investors.Count < wanted && attempts++ < 20)
            {
                var name = _rng.Chance(0.3) ? PickDirectoryInvestor(deal) : PickLongTail(deal);
                if (name is not null && !deal.Investors.Contains(name) && Allowed(name, deal))
                {
                    deal.Investors.Add(name);
                    Count(name, deal);
                }
            }

            _rng.Shuffle(deal.Investors);
        }
    }

    private void PlaceCore(SampleInvestor investor, List<PlannedDeal> deals)
    {
        var remaining = investor.Picks.Select(p => p.Count).ToArray();
        foreach (var named in deals.Where(d => d.Named && d.Investors.Contains(investor.Name)))
        {
            var pick = Array.FindIndex(investor.Picks, p => Matches(p, named));
            if (pick >= 0 && remaining[pick] > 0)
            {
                remaining[pick]--;
            }
        }

        for (var p = 0; p < investor.Picks.Length; p++)
        {
            var pick = investor.Picks[p];
            var candidates = (pick.Ai ? _aiDeals : _otherDeals).Where(d => !d.Named && Matches(pick, d) && !d.Investors.Contains(investor.Name) && d.Investors.Count < 3).ToList();
            for (var k = 0; k < remaining[p] && candidates.Count > 0; k++)
            {
                var index = _rng.Next(candidates.Count);
                candidates[index].Investors.Add(investor.Name);
                candidates.RemoveAt(index);
            }
        }
    }

    private static bool Matches(InvestorPick pick, PlannedDeal deal) =>
        deal.IsAi == pick.Ai
        && deal.Date >= pick.From
        && deal.Date <= pick.To
        && (pick.Region is null || SamplePlan.Regions[deal.Region].Name == pick.Region)
        && (pick.Stages is null || pick.Stages.Contains(deal.Stage));

    private string? PickDirectoryInvestor(PlannedDeal deal)
    {
        var investor = _others[_rng.Next(_others.Length)];
        if (investor.Type == InvestorType.Government && investor.HomeRegion != SamplePlan.Regions[deal.Region].Name && !_rng.Chance(0.1))
        {
            return null;
        }

        return investor.Name;
    }

    private string PickLongTail(PlannedDeal deal)
    {
        var u = _rng.NextDouble();
        var index = (int)(LongTailPool * u * u);
        var name = SampleInvestors.LongTailName((_copy * LongTailPool) + index);
        return _directoryNames.Contains(name) ? SampleInvestors.LongTailName((_copy * LongTailPool) + LongTailPool - 1 - index) : name;
    }

    private bool Allowed(string name, PlannedDeal deal)
    {
        if (deal.IsAi && deal.InWindow && _windowAi.GetValueOrDefault(name) >= 2)
        {
            return false;
        }

        var government = _governmentFunds.Contains(name);
        return !(government && deal.IsAi && deal.Date.Year >= 2024 && _aiSince2024.GetValueOrDefault(name) >= 2);
    }

    private void Count(string name, PlannedDeal deal)
    {
        if (deal.IsAi && deal.InWindow)
        {
            _windowAi[name] = _windowAi.GetValueOrDefault(name) + 1;
        }

        if (deal.IsAi && deal.Date.Year >= 2024)
        {
            _aiSince2024[name] = _aiSince2024.GetValueOrDefault(name) + 1;
        }
    }
}
