using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Kubernetes;

[TaskName("Render")]
[TaskDescription("Writes the rendered manifests and effective helm values of --environment to artifacts/rendered/<env>/, for review.")]
public sealed class Render : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var layout = new KubernetesLayout(context.Root.FullPath);
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var layer = new KubernetesLayerRenderer(layout).Render(context.EnvironmentName, outputs);
        var written = RenderedLayerWriter.Write(layer, layout.RenderedDirectory(context.EnvironmentName));
        foreach (var line in RenderReport.Lines(layer))
        {
            context.Log.Information("{0}", line);
        }

        context.Log.Information("{0}", $"Rendered to {layout.Relative(written.Directory)}.");
    }
}
