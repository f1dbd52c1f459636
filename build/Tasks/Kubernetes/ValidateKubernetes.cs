using Build.Hosting;
using Build.Infrastructure;
using Build.Kubernetes;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Kubernetes;

[TaskName("Validate.Kubernetes")]
[TaskDescription("Renders the manifests and helm values for the environment from the snapshot outputs and checks them against typed models.")]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateKubernetes : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var layout = new KubernetesLayout(context.Root.FullPath);
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var layer = new KubernetesLayerRenderer(layout).Render(context.EnvironmentName, outputs);
        var written = RenderedLayerWriter.Write(layer, layout.RenderedDirectory(context.EnvironmentName));
        context.Log.Information("{0}", $"Validate.Kubernetes: {layer.Objects.Count} objects and {layer.Releases.Count} helm values files are valid; rendered to {layout.Relative(written.Directory)} ({layer.StandIns.Count} offline stand-ins, see {RenderedLayerFiles.LogFileName}).");
    }
}
