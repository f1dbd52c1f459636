using Build.Infrastructure;
using Build.Kubernetes;
using Build.Tools.Helm;
using Build.Tools.Kubectl;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Build.Deployment;

/// <summary>
/// Walks steps of the layer's install plan: <c>kubectl apply --server-side</c> for manifest folders,
/// <c>helm upgrade --install --rollback-on-failure --wait</c> for charts (skipped when the release already
/// carries the hash of the same chart, version and values). A release a cancelled run left pending is
/// recovered first — rolled back, or uninstalled when it never got installed — instead of failing with
/// helm's "another operation is in progress".
/// </summary>
public sealed class LayerInstaller(DeploymentSession session, DeployedLayer layer)
{
    private static readonly TimeSpan HelmTimeout = TimeSpan.FromMinutes(10);

    private FilePath? Kubeconfig => KubeconfigLocation.For(session);

    private ICakeContext Context => session.Context;

    public void Run(IEnumerable<InstallStep> steps)
    {
        ClusterCredentials.PutKubeloginOnPath(session);
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

        var output = Context.KubectlApply(settings);
        session.Log.Information($"Applied manifests/{folder}: {output.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} object(s).");
    }

    private void Install(RenderedRelease rendered)
    {
        var release = rendered.Release;
        var hash = ReleaseInputs.Hash(release, rendered.Values.Text);
        var current = Context.HelmList(new HelmListSettings
        {
            Kubeconfig = Kubeconfig,
            Namespace = release.Namespace,
            Selector = $"name={release.Name},{ReleaseInputs.Label}={hash}",
        });
        if (current.Any(r => r.Status == "deployed"))
        {
            session.Log.Information($"{release.Name} {release.Version} is installed with the same values: nothing to do.");
            return;
        }

        Recover(release);
        Context.HelmRepoAdd(new HelmRepoAddSettings { Name = release.Repository.Name, Url = release.Repository.Url });
        Context.HelmRepoUpdate(new HelmRepoUpdateSettings { Repositories = { release.Repository.Name } });
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
        Context.HelmUpgrade(settings);
    }

    /// <summary>A release left pending-install is uninstalled (it never served), one left pending-upgrade or pending-rollback rolled back.</summary>
    private void Recover(HelmRelease release)
    {
        var pending = Context.HelmList(new HelmListSettings { Kubeconfig = Kubeconfig, Namespace = release.Namespace, Selector = $"name={release.Name}", Pending = true })
            .FirstOrDefault(r => r.Status.StartsWith("pending-", StringComparison.Ordinal));
        if (pending is null)
        {
            return;
        }

        var target = new HelmReleaseSettings { Kubeconfig = Kubeconfig, Release = release.Name, Namespace = release.Namespace };
        if (pending.Status == "pending-install")
        {
            session.Log.Warning($"{release.Name} was left {pending.Status} by an interrupted run (revision {pending.Revision}): uninstalling it to install again.");
            Context.HelmUninstall(target);
        }
        else
        {
            session.Log.Warning($"{release.Name} was left {pending.Status} by an interrupted run (revision {pending.Revision}): rolling it back to its last release first.");
            Context.HelmRollback(target);
        }
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
