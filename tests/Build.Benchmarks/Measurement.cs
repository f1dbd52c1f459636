namespace Build.Benchmarks;

/// <summary>One row of the results: the suite's timing, what it is compared with, and the target it must meet.</summary>
public sealed record Measurement(string Name, Samples Suite, string FloorName, Samples? Floor, string Target, bool Met, string Note = "")
{
    public double? Ratio => Floor is null ? null : Suite.Median / Floor.Median;
}
