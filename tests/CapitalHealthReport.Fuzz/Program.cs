using CapitalHealthReport.Fuzz;
using SharpFuzz;

// capital-health fuzz harness (docs/fuzzing.md).
//   <target>                    run under AFL (afl-fuzz … -- dotnet CapitalHealthReport.Fuzz.dll <target>)
//   <target> --libfuzzer        run under libFuzzer (libfuzzer-dotnet --target_path=… --target_arg=<target>)
//   <target> --replay <path>... run inputs (files or folders) once each, without a fuzzer, and report crashes
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: CapitalHealthReport.Fuzz <{string.Join('|', FuzzTargets.Names)}> [--libfuzzer | --replay <file-or-folder>...]");
    return 2;
}

var target = FuzzTargets.Get(args[0]);
if (args.Length > 1 && args[1] == "--replay")
{
    var crashes = 0;
    var files = args.Skip(2)
        .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : Enumerable.Repeat(p, 1))
        .ToList();
    foreach (var file in files)
    {
        try
        {
            FuzzTargets.Guarded(target, File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            crashes++;
            Console.Error.WriteLine($"{file}: {ex}");
        }
    }

    Console.WriteLine($"{files.Count} inputs replayed, {crashes} crashes.");
    return crashes == 0 ? 0 : 1;
}

if (args.Length > 1 && args[1] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => FuzzTargets.Guarded(target, span.ToArray()));
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    FuzzTargets.Guarded(target, memory.ToArray());
});
return 0;
