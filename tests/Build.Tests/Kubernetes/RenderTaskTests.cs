using Build.Tests.Certificates;
using Build.Tests.Validation;

namespace Build.Tests.Kubernetes;

/// <summary>./build.sh --target=Render in a copy of the repository, offline with HELM_CHART_ARCHIVES naming the archives, as the issue checks it.</summary>
[NonParallelizable]
public sealed class RenderTaskTests
{
    [Test]
    public void Render_shows_the_charts_real_objects_from_the_pinned_current_charts()
    {
        using var prod = new ProdFixture();
        var kubernetes = (string)prod.Outputs(Build.Infrastructure.Stage.Cluster)[Build.Infrastructure.OutputNames.KubernetesVersion]!;

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Render");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Chart traefik 41.3.0 for release traefik (from HELM_CHART_ARCHIVES").And.Contain($"Kubernetes {kubernetes})"), "the cluster's version, from the snapshot");
            Assert.That(output, Does.Contain("Chart csi-secrets-store-provider-azure 1.8.2 for release csi-secrets-store-provider-azure"));
            Assert.That(output, Does.Contain("Deployment/a0008/traefik").And.Contain("Service/a0008/traefik").And.Contain("PodDisruptionBudget/a0008/traefik"));
            Assert.That(output, Does.Contain("DaemonSet/kube-system/secrets-store-csi-driver").And.Contain("DaemonSet/kube-system/csi-secrets-store-provider-azure"));
            var traefik = File.ReadAllText(Path.Combine(prod.Root, "artifacts", "rendered", "prod", "charts", "traefik.yaml"));
            Assert.That(traefik, Does.Contain("service.beta.kubernetes.io/azure-load-balancer-ipv4: 10.240.4.4").And.Contain("--entryPoints.websecure.forwardedHeaders.trustedIPs=10.240.5.0/24"));
            Assert.That(File.Exists(Path.Combine(prod.Root, ".tools", "charts", "traefik-41.3.0.tgz")), "the pinned version is cached under .tools/charts");
        });
    }

    [Test]
    public void Run_on_its_own_Validate_Kubernetes_fails_on_what_does_not_render_with_its_line()
    {
        using var prod = new ProdFixture();
        var line = prod.Edit("helm/traefik.values.yaml", "log:\n  level: INFO", "logs:\n  level: INFO");

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Kubernetes", "--exclusive");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"helm/traefik.values.yaml:{line}: logs: chart traefik 41.3.0's values.schema.json has no such value."));
    }

    [Test]
    public void A_chart_version_neither_cached_nor_obtainable_stops_Render_with_one_line()
    {
        using var prod = new ProdFixture();
        prod.Edit("helm/releases.yaml", "version: 41.3.0", "version: 41.9.9");

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Render");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("Chart traefik 41.9.9 (helm/releases.yaml) is not in ").And.Contain("holds no traefik-41.9.9.tgz").And.Contain("To fix: set HELM_CHART_ARCHIVES to a folder holding traefik-41.9.9.tgz"));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        });
    }
}
