namespace Build.Benchmarks;

/// <summary>Repeated timings of one thing, in seconds.</summary>
public sealed record Samples(IReadOnlyList<double> Seconds)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public double Min => Seconds.Min();

    public double Max => Seconds.Max();

    /// <summary>One timing, in seconds.</summary>
    public static double Time(Action run)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }

    public static Samples Measure(int runs, Action run)
    {
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        return new Samples(seconds);
    }
}
