namespace Build.Benchmarks;

/// <summary>The rule engine's mean time over a generated input of <see cref="Resources"/> resources.</summary>
public sealed record EngineThroughput(int Resources, double MeanMilliseconds)
{
    public double ResourcesPerSecond => Resources / (MeanMilliseconds / 1000);
}
