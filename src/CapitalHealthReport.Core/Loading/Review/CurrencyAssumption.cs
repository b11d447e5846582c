namespace CapitalHealthReport.Loading;

/// <summary>Why deals that name no currency were read in the one the loader chose (<see cref="DataProfile.AssumedCurrencyBasis"/>).</summary>
public enum CurrencyAssumption
{
    /// <summary>Nothing decided it: the default, CNY.</summary>
    Default,

    /// <summary>Every other deal names that one currency, and they are the majority.</summary>
    OtherDeals,

    /// <summary>It is the currency of the data's country (<see cref="DataProfile.Country"/>).</summary>
    Country,
}
