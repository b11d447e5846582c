using System.Globalization;
using System.Text.Json;
using CapitalHealthReport.Cli;

// capital-health corpus runner: reads a JSON array of runs ({"name", "args", "env", "seconds"}) from the file named by
// the first argument, runs each through CapitalHealthCli.Run in this process, and prints one line per run:
//   begin <name>            before the run (so that a crash names the run that caused it)
//   end <name> <exit code>  after it
//   hang <name>             when it overran its time budget (the process then exits with code 3)
// The remaining runs can be given again, starting after a crashed one, by the second argument (a count to skip).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: CapitalHealthReport.CorpusRunner <runs.json> [skip]");
    return 2;
}

var runs = JsonSerializer.Deserialize<List<Run>>(File.ReadAllText(args[0])) ?? [];
var skip = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
foreach (var run in runs.Skip(skip))
{
    Console.Out.WriteLine($"begin {run.Name}");
    Console.Out.Flush();
    var saved = run.Env.ToDictionary(p => p.Key, p => Environment.GetEnvironmentVariable(p.Key), StringComparer.Ordinal);
    foreach (var (key, value) in run.Env)
    {
        Environment.SetEnvironmentVariable(key, value);
    }

    var worker = new Thread(() => run.Exit = CapitalHealthCli.Run([.. run.Args], new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture)), 8 << 20)
    {
        IsBackground = true,
    };
    worker.Start();
    if (!worker.Join(TimeSpan.FromSeconds(run.Seconds)))
    {
        Console.Out.WriteLine($"hang {run.Name}");
        Console.Out.Flush();
        return 3;
    }

    foreach (var (key, value) in saved)
    {
        Environment.SetEnvironmentVariable(key, value);
    }

    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"end {run.Name} {run.Exit}"));
    Console.Out.Flush();
}

return 0;

/// <summary>One command line of the corpus.</summary>
internal sealed class Run
{
    [System.Text.Json.Serialization.JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [System.Text.Json.Serialization.JsonPropertyName("args")]
    public List<string> Args { get; set; } = [];

    [System.Text.Json.Serialization.JsonPropertyName("env")]
    public Dictionary<string, string> Env { get; set; } = [];

    [System.Text.Json.Serialization.JsonPropertyName("seconds")]
    public int Seconds { get; set; } = 60;

    [System.Text.Json.Serialization.JsonIgnore]
    public int Exit { get; set; }
}
