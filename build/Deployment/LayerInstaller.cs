using Build.Infrastructure;
using Build.Kubernetes;
using Build.Tools.Helm;
using Build.Tools.Kubectl;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// Walks steps of the layer's install plan: <c>kubectl apply --server-side</c> for manifest folders,
/// <c>helm upgrade --install --atomic --wait</c> for charts (skipped when the release already carries
/// the hash of the same chart, version and values).
/// </summary>
public sealed class LayerInstaller(BuildContext context, DeploymentSession session, DeployedLayer layer)
{
    private static readonly TimeSpan HelmTimeout = TimeSpan.FromMinutes(10);

    private FilePath? Kubeconfig => KubeconfigLocation.For(context, session.Options);

    public void Run(IEnumerable<InstallStep> steps)
    {
        foreach (var step in steps)
        {
            if (step.Kind == InstallStepKind.ApplyManifests)
            {
                Apply(step.Name);
            }
            else
            {
                Install(layer.Layer.Release(step.Name));
            }
        }
    }

    private void Apply(string folder)
    {
        var settings = new KubectlApplySettings { Kubeconfig = Kubeconfig };
        var applyDirectory = System.IO.Path.Combine(layer.Files.Directory, "apply");
        foreach (var file in layer.Files.ManifestFiles(folder))
        {
            settings.Filenames.Add(AutoscaledReplicas.FileToApply(layer.Layer, folder, file, applyDirectory));
        }

        if (settings.Filenames.Count == 0)
        {
            return;
        }

        var output = context.KubectlApply(settings);
        context.Log.Information($"Applied manifests/{folder}: {output.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} object(s).");
    }

    private void Install(RenderedRelease rendered)
    {
        var release = rendered.Release;
        var hash = ReleaseInputs.Hash(release, rendered.Values.Text);
        var current = context.HelmList(new HelmListSettings
        {
            Kubeconfig = Kubeconfig,
            Namespace = release.Namespace,
            Selector = $"name={release.Name},{ReleaseInputs.Label}={hash}",
        });
        if (current.Any(r => r.Status == "deployed"))
        {
            context.Log.Information($"{release.Name} {release.Version} is installed with the same values: nothing to do.");
            return;
        }

        context.HelmRepoAdd(new HelmRepoAddSettings { Name = release.Repository.Name, Url = release.Repository.Url });
        context.HelmRepoUpdate(new HelmRepoUpdateSettings { Repositories = { release.Repository.Name } });
        var settings = new HelmUpgradeSettings
        {
            Release = release.Name,
            Chart = release.ChartReference,
            Version = release.Version,
            Namespace = release.Namespace,
            CreateNamespace = true,
            Atomic = true,
            Wait = true,
            Timeout = HelmTimeout,
            Kubeconfig = Kubeconfig,
        };
        settings.ValuesFiles.Add(layer.Files.ValuesFile(release));
        settings.Labels[ReleaseInputs.Label] = hash;
        context.HelmUpgrade(settings);
    }

    /// <summary>Waits for Traefik's internal load balancer to take the IP the spoke planned for it.</summary>
    public async Task WaitForIngressAddress(ClusterWaits waits)
    {
        var outputs = layer.Outputs;
        await waits.WaitForLoadBalancerIp(
            outputs.GetString(OutputNames.TraefikNamespace),
            layer.Layer.Release("traefik").Release.Name,
            outputs.GetString(OutputNames.IngressLoadBalancerIp),
            TimeSpan.FromMinutes(10));
    }
}
