using Build.Tests.Fakes;

namespace Build.Benchmarks;

/// <summary>
/// A no-change Deploy re-run against the fake cloud host (the same stand-in for Azure, Key Vault and the
/// cluster the end-to-end tests use): the whole Deploy graph, smoke test included, over loopback.
/// </summary>
public sealed class DeployRerun(int runs)
{
    public Task<Measurement> Measure()
    {
        using var cloud = FakeCloud.Start();
        string[] deploy = ["--target=Deploy"];

        var first = cloud.Run(deploy);
        if (first.ExitCode != 0)
        {
            throw new InvalidOperationException("The first fake Deploy failed:\n" + first.Output);
        }

        var before = cloud.Calls.Count;
        var samples = Samples.Measure(runs, () =>
        {
            var rerun = cloud.Run(deploy);
            if (rerun.ExitCode != 0)
            {
                throw new InvalidOperationException("A fake Deploy re-run failed:\n" + rerun.Output);
            }
        });
        var rerunCalls = cloud.Calls.Skip(before).ToList();
        var mutating = rerunCalls.Count(c => c.IsMutating);
        return Task.FromResult(new Measurement(
            "Deploy re-run, nothing changed (fake cloud host)", samples, "-", null, "< 60 s, 0 mutating calls",
            samples.Median < 60 && mutating == 0,
            $"{rerunCalls.Count / runs} calls per re-run, {mutating} mutating"));
    }
}
