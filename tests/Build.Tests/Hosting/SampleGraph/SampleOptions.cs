using Build.Hosting;
using Build.Hosting.Options;

namespace Build.Tests.Hosting.SampleGraph;

/// <summary>The sample graph's options model: what the host tests bind and check.</summary>
public sealed record SampleOptions
{
    [Option("environment", "Read by every target.", EveryTarget = true)]
    public string Environment { get; init; } = "prod";

    [Option("color", "A color the Arguments task records.", typeof(ArgumentsTask))]
    public string? Color { get; init; }

    [Option("loud", "A flag the Arguments task records.", typeof(ArgumentsTask))]
    public bool Loud { get; init; }

    [Option("times", "A count the Arguments task records.", typeof(ArgumentsTask), Minimum = 1, Maximum = 9)]
    public int Times { get; init; } = 1;

    [Option("depth", "A count the Third task reads (so First alone does not).", typeof(ThirdTask), Minimum = 0)]
    public int Depth { get; init; }
}
