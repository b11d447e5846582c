using System.Globalization;

namespace CapitalHealthReport.Cli.Tests.Hardening;

/// <summary>Runs a piece of work on its own thread and fails the test when it does not finish in time (a hang) or throws anything but an <see cref="InputException"/>.</summary>
public static class TimeBudget
{
    /// <summary>Runs <paramref name="work"/>; returns the <see cref="InputException"/> it threw, or null when it succeeded.</summary>
    public static InputException? Run(Action work, TimeSpan budget, Func<string> describe)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(budget);
        }
        catch (AggregateException ex) when (ex.InnerException is InputException input)
        {
            Assert.False(string.IsNullOrWhiteSpace(input.Message), $"an input error without a message for {describe()}");
            return input;
        }
        catch (AggregateException ex)
        {
            throw new Xunit.Sdk.XunitException($"unhandled {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}\nfor {describe()}\n{ex.InnerException}");
        }

        if (!finished)
        {
            throw new Xunit.Sdk.XunitException(string.Create(CultureInfo.InvariantCulture, $"did not finish within {budget.TotalSeconds:0.#} s for {describe()}"));
        }

        return null;
    }
}
