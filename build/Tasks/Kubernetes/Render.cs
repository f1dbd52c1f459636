using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Kubernetes.Charts;
using Build.Prerequisites;
using Build.Tasks.Setup;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Kubernetes;

[TaskName("Render")]
[TaskDescription("Writes what the cluster receives for --environment to artifacts/rendered/<env>/, for review: helm template of each pinned chart, the rendered manifests and values, and a log of every object.")]
[Requires(Prerequisite.Helm)]
[IsDependentOn(typeof(InstallTools))]
public sealed class Render : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var layout = new KubernetesLayout(context.Root.FullPath);
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var layer = new KubernetesLayerRenderer(layout, ChartRenderer.For(context)).Assess(context.EnvironmentName, outputs);
        var written = RenderedLayerWriter.Write(layer, layout.RenderedDirectory(context.EnvironmentName));
        foreach (var line in RenderReport.Lines(layer))
        {
            context.Log.Information("{0}", line);
        }

        context.Log.Information("{0}", $"Rendered to {layout.Relative(written.Directory)}.");
        layer.OrThrow();
    }
}
