namespace Build.Benchmarks;

/// <summary>Whole-process timings of ./build.sh, as a user runs it.</summary>
public sealed class SuiteCommands(string root, int runs)
{
    private string BuildScript => Path.Combine(root, "build.sh");

    /// <summary>Warm Validate (its checks' inputs unchanged) against the bare tools doing the same work.</summary>
    public Measurement Validate(string environment)
    {
        Processes.Run(BuildScript, [$"--environment={environment}"], root);
        var suite = Samples.Measure(runs, () => Processes.Run(BuildScript, [$"--environment={environment}"], root));
        var bare = new BareBicep(root, environment);
        var floor = Samples.Measure(runs, bare.Run);
        var ratio = suite.Median / floor.Median;
        return new Measurement("./build.sh (Validate), warm", suite, "bare bicep: build --pattern + 3 × snapshot --mode validate", floor, "≤ 1.3 × floor", ratio <= 1.3);
    }

    /// <summary>Validate with every check run (--no-cache): what a changed template costs.</summary>
    public Measurement ValidateWithoutCache(string environment, Samples floor)
    {
        var suite = Samples.Measure(runs, () => Processes.Run(BuildScript, [$"--environment={environment}", "--no-cache"], root));
        return new Measurement("./build.sh --no-cache (every check runs)", suite, "the same floor", floor, "reported", true, "lint, the rules and rendering run too");
    }

    public Measurement NoOp(string argument)
    {
        Processes.Run(BuildScript, [argument], root);
        var suite = Samples.Measure(runs, () => Processes.Run(BuildScript, [argument], root));
        return new Measurement($"./build.sh {argument}, warm", suite, "-", null, "≤ 2 s", suite.Median <= 2.0);
    }
}
