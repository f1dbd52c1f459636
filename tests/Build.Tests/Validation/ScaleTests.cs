using System.Diagnostics;
using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Validation;
using Build.Validation.Azure;

namespace Build.Tests.Validation;

/// <summary>
/// The engine's cost grows with the resources, not with their square: prod's predicted resources repeated into
/// many environments' worth (fresh ids, each copy referring to its own copies) are validated well within the
/// rate a later benchmark asks for (20,000 resources per second).
/// </summary>
[NonParallelizable]
public sealed class ScaleTests
{
    [Test]
    public void Ten_thousand_predicted_resources_validate_in_linear_time()
    {
        using var prod = new ProdFixture();
        var baseline = prod.Input();
        var small = Copies(prod, 1_000);
        var large = Copies(prod, 10_000);

        // once each first, so what is timed is the engine, not the JIT
        Time(baseline, large);
        Time(baseline, small);
        var (smallCount, smallTime) = Time(baseline, small);
        var (largeCount, largeTime) = Time(baseline, large);

        TestContext.Out.WriteLine($"{smallCount} resources: {smallTime.TotalMilliseconds:0} ms; {largeCount} resources: {largeTime.TotalMilliseconds:0} ms");
        Assert.Multiple(() =>
        {
            Assert.That(largeCount / largeTime.TotalSeconds, Is.GreaterThan(20_000), "resources per second");
            Assert.That(largeTime.TotalMilliseconds / smallTime.TotalMilliseconds, Is.LessThan(25), "ten times the resources, far less than a hundred times the time");
        });
    }

    /// <summary>Enough copies of every predicted resource to reach <paramref name="target"/>; each copy's ids carry its own suffix.</summary>
    private static IReadOnlyList<PredictedDeployment> Copies(ProdFixture prod, int target)
    {
        var texts = Stage.All.ToDictionary(stage => stage, stage => File.ReadAllText(prod.Layout.Snapshot(stage).FullPath));
        var perCopy = texts.Values.Sum(text => JsonNode.Parse(text)!["predictedResources"]!.AsArray().Count);
        var copies = Math.Max(1, target / perCopy);
        return Enumerable.Range(0, copies).SelectMany(copy => Stage.All.Select(stage =>
        {
            // renaming the resource groups renames every id and every reference inside a copy consistently
            var text = texts[stage].Replace("/resourceGroups/rg-", $"/resourceGroups/rg{copy}-", StringComparison.Ordinal);
            return PredictedDeployment.Parse(stage, $"copy-{copy}/{stage.Name}.snapshot.json", text);
        })).ToList();
    }

    private static (int Resources, TimeSpan Time) Time(ValidationInput baseline, IReadOnlyList<PredictedDeployment> deployments)
    {
        var clock = Stopwatch.StartNew();
        var input = new ValidationInput(baseline.Environment, AzureResources.From(deployments), baseline.Outputs, baseline.Kubernetes.Layer,
            baseline.ParameterFiles, baseline.Certificates, [], baseline.Today, baseline.Headroom);
        var result = RuleEngine.Default.Evaluate(input);
        clock.Stop();
        Assert.That(result.Checks, Is.Not.Empty);
        return (input.Azure.All.Count, clock.Elapsed);
    }
}
