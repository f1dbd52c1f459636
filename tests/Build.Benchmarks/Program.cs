using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Build.Benchmarks;

// ./build.sh --target=Benchmark runs this: dotnet run -c Release --project tests/Build.Benchmarks -- --root=<repo> [--runs=5] [--output=<json>]
// [--measure=validate,nocache,noop,deploy,test,engine] (all by default; --root may name another checkout, e.g. an
// older commit's, to compare: deploy and engine always measure this checkout's code)
var options = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var root = Path.GetFullPath(options.GetValueOrDefault("root") ?? Directory.GetCurrentDirectory());
var runs = int.Parse(options.GetValueOrDefault("runs") ?? "5", CultureInfo.InvariantCulture);
var environment = options.GetValueOrDefault("environment") ?? "prod";
var output = options.GetValueOrDefault("output") ?? Path.Combine(root, "artifacts", "benchmarks", "results.json");
var measure = (options.GetValueOrDefault("measure") ?? "validate,nocache,noop,deploy,test,engine").Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);

Console.WriteLine($"Benchmarking {root} ({runs} runs each): {string.Join(", ", measure)}…");
var suite = new SuiteCommands(root, runs);
var measurements = new List<Measurement>();
if (measure.Contains("validate"))
{
    measurements.AddRange(suite.Validate(environment));
}

if (measure.Contains("nocache"))
{
    measurements.Add(suite.ValidateWithoutCache(environment));
}

if (measure.Contains("noop"))
{
    measurements.Add(suite.NoOp("--tree"));
    measurements.Add(suite.NoOp("--help"));
}

if (measure.Contains("deploy"))
{
    measurements.Add(await new DeployRerun(runs).Measure());
}

if (measure.Contains("test"))
{
    measurements.Add(suite.Test());
}

var engine = measure.Contains("engine") ? EngineThroughputs(root, environment, output) : [];
ResultsReport.Print(measurements, engine);
ResultsReport.WriteJson(output, measurements, engine);
Console.WriteLine($"Results: {output}");
var linear = engine.Count < 2 || engine[^1].ResourcesPerSecond >= engine[^2].ResourcesPerSecond / 2;
if (!linear)
{
    Console.WriteLine($"The rule engine is not linear: {engine[^1].ResourcesPerSecond:N0} resources/s at {engine[^1].Resources:N0} resources, under half the {engine[^2].ResourcesPerSecond:N0}/s at {engine[^2].Resources:N0}.");
}

return measurements.All(m => m.Met) && engine.All(e => e.ResourcesPerSecond >= 20_000) && linear ? 0 : 1;

static IReadOnlyList<EngineThroughput> EngineThroughputs(string root, string environment, string output)
{
    RuleEngineBenchmark.Root = root;
    RuleEngineBenchmark.Environment = environment;
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1))
        .WithArtifactsPath(Path.Combine(Path.GetDirectoryName(output)!, "BenchmarkDotNet"));
    var summary = BenchmarkRunner.Run<RuleEngineBenchmark>(config);
    return summary.Reports
        .Where(r => r.ResultStatistics is not null)
        .Select(r => (Requested: (int)r.BenchmarkCase.Parameters["Resources"], MeanNanoseconds: r.ResultStatistics!.Mean))
        .Select(r => new EngineThroughput(RuleEngineBenchmark.ActualResources.GetValueOrDefault(r.Requested, r.Requested), r.MeanNanoseconds / 1_000_000))
        .OrderBy(e => e.Resources)
        .ToList();
}
