using Build.Hosting;
using Build.Kubernetes;
using Build.Prerequisites;
using Build.Tasks.Setup;
using Build.Tasks.Validate;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Kubernetes;

[TaskName("Validate.Kubernetes")]
[TaskDescription("Renders the layer for the environment from the snapshot outputs (helm template of the pinned charts, then the manifests) into artifacts/rendered/<env>/ and checks it: values against the charts' schemas, custom resources against their CRDs, manifests against typed models.")]
[Requires(Prerequisite.Helm)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
[IsDependentOn(typeof(InstallTools))]
public sealed class ValidateKubernetes(RunPlan plan, GateWork gate) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var (layer, directory) = await gate.Layer();
        var relative = System.IO.Path.GetRelativePath(context.Root.FullPath, directory);
        if (layer is null)
        {
            context.Log.Information($"Validate.Kubernetes: inputs unchanged since its last green run; not run again (--no-cache to run it anyway); the layer is in {relative}.");
            return;
        }

        foreach (var problem in layer.Problems)
        {
            context.Log.Error(problem.Message);
        }

        var charts = string.Join(", ", layer.Charts.Select(chart => $"{chart.Chart} ({chart.Objects.Count} objects)"));
        context.Log.Information("{0}", $"Validate.Kubernetes: {layer.Objects.Count} objects from {charts} and manifests/; rendered to {relative} ({layer.StandIns.Count} offline stand-ins, see {RenderedLayerFiles.LogFileName}).");

        // one report: Validate.Rules says every problem (K8S020) with the rules' findings
        if (!plan.Runs("Validate.Rules"))
        {
            layer.OrThrow();
        }
    }
}
