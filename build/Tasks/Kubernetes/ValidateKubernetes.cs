using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Kubernetes.Charts;
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
public sealed class ValidateKubernetes(RunPlan plan) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var layout = new KubernetesLayout(context.Root.FullPath);
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var layer = new KubernetesLayerRenderer(layout, ChartRenderer.For(context, context.Root.FullPath)).Assess(context.EnvironmentName, outputs);
        var written = RenderedLayerWriter.Write(layer, layout.RenderedDirectory(context.EnvironmentName));
        foreach (var problem in layer.Problems)
        {
            context.Log.Error(problem.Message);
        }

        var charts = string.Join(", ", layer.Charts.Select(chart => $"{chart.Chart} ({chart.Objects.Count} objects)"));
        context.Log.Information("{0}", $"Validate.Kubernetes: {layer.Objects.Count} objects from {charts} and manifests/; rendered to {layout.Relative(written.Directory)} ({layer.StandIns.Count} offline stand-ins, see {RenderedLayerFiles.LogFileName}).");

        // one report: Validate.Rules says every problem (K8S020) with the rules' findings
        if (!plan.Runs("Validate.Rules"))
        {
            layer.OrThrow();
        }
    }
}
