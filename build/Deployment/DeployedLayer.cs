using Build.Infrastructure;
using Build.Kubernetes;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// The Kubernetes layer rendered with the real deployment outputs (not the snapshots), written to
/// artifacts/rendered/&lt;env&gt;/ for kubectl and helm. Rendered once per run.
/// </summary>
public sealed class DeployedLayer(DeploymentSession session)
{
    private (KubernetesLayer Layer, RenderedLayerFiles Files)? _rendered;

    public KubernetesLayer Layer => Render().Layer;

    public RenderedLayerFiles Files => Render().Files;

    public StackOutputs Outputs => session.OutputsUpTo(Stage.Cluster);

    /// <summary>Ingress.Install's steps: everything up to the manifests that follow the last chart.</summary>
    public IReadOnlyList<InstallStep> IngressSteps => Layer.InstallPlan.Take(SplitIndex()).ToList();

    /// <summary>Workload.Apply's steps: the manifest folders after the ingress.</summary>
    public IReadOnlyList<InstallStep> WorkloadSteps => Layer.InstallPlan.Skip(SplitIndex()).ToList();

    private int SplitIndex()
    {
        var plan = Layer.InstallPlan;
        var lastRelease = plan.ToList().FindLastIndex(s => s.Kind == InstallStepKind.InstallRelease);
        return Math.Min(lastRelease + 2, plan.Count);
    }

    private (KubernetesLayer Layer, RenderedLayerFiles Files) Render()
    {
        if (_rendered is { } rendered)
        {
            return rendered;
        }

        var layout = new KubernetesLayout(session.Layout.Root.FullPath);
        var layer = new KubernetesLayerRenderer(layout).Render(session.Layout.Environment, Outputs);
        var files = RenderedLayerWriter.Write(layer, layout.RenderedDirectory(session.Layout.Environment));
        session.Log.Information($"Rendered {layer.Objects.Count} objects and {layer.Releases.Count} releases with the deployment outputs into {layout.Relative(files.Directory)}.");
        _rendered = (layer, files);
        return _rendered.Value;
    }
}
