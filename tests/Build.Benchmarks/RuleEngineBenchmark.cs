using BenchmarkDotNet.Attributes;
using Build.Validation;

namespace Build.Benchmarks;

/// <summary>The rule engine over generated inputs of growing size (BenchmarkDotNet, in-process).</summary>
public class RuleEngineBenchmark
{
    /// <summary>Set by Program before BenchmarkDotNet runs (the in-process toolchain shares statics).</summary>
    public static string Root { get; set; } = string.Empty;

    public static string Environment { get; set; } = "prod";

    private ValidationInput _input = null!;

    [Params(100, 1_000, 10_000)]
    public int Resources { get; set; }

    /// <summary>How many resources the generated input really holds (whole copies of prod).</summary>
    public static Dictionary<int, int> ActualResources { get; } = [];

    [GlobalSetup]
    public void Generate()
    {
        _input = GeneratedInput.Create(Root, Environment, Resources);
        ActualResources[Resources] = GeneratedInput.Count(_input);
    }

    [Benchmark]
    public ValidationResult Evaluate() => RuleEngine.Default.Evaluate(_input);
}
