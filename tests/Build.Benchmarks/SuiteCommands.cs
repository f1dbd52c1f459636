namespace Build.Benchmarks;

/// <summary>Whole-process timings of ./build.sh, as a user runs it, against the bare tools doing the same work.</summary>
public sealed class SuiteCommands(string root, int runs)
{
    /// <summary>The template the edit loop edits: the largest, with the most modules.</summary>
    public const string EditedTemplate = "cluster.bicep";

    private string BuildScript => Path.Combine(root, "build.sh");

    /// <summary>
    /// Side by side, one round at a time (so a slower minute of the machine weighs on all three alike): the bare
    /// per-process bicep floor, Validate after a comment-only edit of a template, and Validate with nothing changed.
    /// </summary>
    public IReadOnlyList<Measurement> Validate(string environment)
    {
        using var scratch = Scratch.Of(root);
        string[] validate = [$"--working={scratch.Directory}", $"--environment={environment}"];
        Processes.Run(BuildScript, validate, root);
        var bare = new BareBicep(scratch.Directory, environment);
        var floor = new List<double>();
        var edited = new List<double>();
        var warm = new List<double>();
        for (var round = 1; round <= runs; round++)
        {
            floor.Add(Samples.Time(bare.Run));
            scratch.CommentOn(EditedTemplate, round);
            edited.Add(Samples.Time(() => Processes.Run(BuildScript, validate, root)));
            warm.Add(Samples.Time(() => Processes.Run(BuildScript, validate, root)));
        }

        var bareFloor = new Samples(floor);
        var editLoop = new Samples(edited);
        var unchanged = new Samples(warm);
        const string FloorName = "bare bicep, a process per step: build --pattern + 3 × snapshot --mode validate";
        return
        [
            new Measurement($"./build.sh (Validate) after a comment-only edit of {EditedTemplate}", editLoop, FloorName, bareFloor, "≤ 0.5 × floor", editLoop.Median <= 0.5 * bareFloor.Median),
            new Measurement("./build.sh (Validate), nothing changed", unchanged, FloorName, bareFloor, "≤ 0.15 × floor", unchanged.Median <= 0.15 * bareFloor.Median),
        ];
    }

    /// <summary>Validate with every check run (--no-cache): what a changed checkout costs.</summary>
    public Measurement ValidateWithoutCache(string environment)
    {
        using var scratch = Scratch.Of(root);
        string[] validate = [$"--working={scratch.Directory}", $"--environment={environment}", "--no-cache"];
        var suite = Samples.Measure(runs, () => Processes.Run(BuildScript, validate, root));
        return new Measurement("./build.sh --no-cache (every check runs, helm renders again)", suite, "-", null, "reported", true);
    }

    /// <summary>The README's second command, once: the whole test suite as CI runs it.</summary>
    public Measurement Test()
    {
        var suite = Samples.Measure(1, () => Processes.Run(BuildScript, ["--target=Test"], root));
        return new Measurement("./build.sh --target=Test (the whole suite, once)", suite, "-", null, "< 180 s", suite.Median < 180);
    }

    public Measurement NoOp(string argument)
    {
        Processes.Run(BuildScript, [argument], root);
        var suite = Samples.Measure(runs, () => Processes.Run(BuildScript, [argument], root));
        return new Measurement($"./build.sh {argument}, warm", suite, "-", null, "≤ 2 s", suite.Median <= 2.0);
    }
}
