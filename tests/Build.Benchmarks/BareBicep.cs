using Build.Infrastructure;
using Build.Tools.Bicep;

namespace Build.Benchmarks;

/// <summary>
/// The floor of the offline gate: the same work done by the bare tools and nothing else — one
/// <c>bicep build --pattern</c> over the templates and one <c>bicep snapshot --mode validate</c> per
/// deployment, in the scope the suite uses (what issue 19 calls the per-process floor). Rendering the charts with
/// helm is work the suite does on top, so the floor leaves it out.
/// </summary>
public sealed class BareBicep(string root, string environment)
{
    private readonly string _bicep = BicepRunner.PackagedPath ?? "bicep";
    private readonly string _output = Directory.CreateTempSubdirectory("bare-bicep-").FullName;

    public void Run()
    {
        Processes.Run(_bicep, ["build", "--pattern", $"{root}/bicep/*.bicep", "--outdir", _output], root);
        var layout = new EnvironmentLayout(root, environment);
        var settings = EnvironmentSettings.Load(layout);
        foreach (var stage in Stage.All)
        {
            var scope = SnapshotScope.For(stage, settings);
            Processes.Run(_bicep,
            [
                "snapshot", layout.Parameters(stage).FullPath, "--mode", "validate",
                "--subscription-id", scope.SubscriptionId, "--resource-group", scope.ResourceGroup,
                "--location", scope.Location, "--deployment-name", scope.DeploymentName, "--tenant-id", scope.TenantId,
            ], root);
        }
    }
}
