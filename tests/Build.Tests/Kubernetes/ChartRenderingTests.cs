using Build.Infrastructure;
using Build.Kubernetes;
using k8s.Models;

namespace Build.Tests.Kubernetes;

/// <summary>
/// What helm renders from the pinned current charts with the real values and the fixture's outputs: the objects the
/// cluster receives, with the baseline's settings on them (Traefik's Deployment, Service, PodDisruptionBudget and
/// IngressClass; the CSI driver's and the Azure provider's DaemonSets).
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ChartRenderingTests
{
    private LayerSources _sources = null!;
    private KubernetesLayer _layer = null!;
    private StackOutputs _outputs = null!;
    private TraefikDeployment _traefik = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _sources = new LayerSources();
        _outputs = _sources.Outputs();
        _layer = _sources.Render();
        _traefik = TraefikDeployment.In(_layer)!;
    }

    [OneTimeTearDown]
    public void Clean() => _sources.Dispose();

    [Test]
    public void Renders_the_pinned_current_charts_for_the_clusters_Kubernetes_version()
    {
        var kubernetes = _outputs.GetString(OutputNames.KubernetesVersion);
        Assert.That(_layer.Charts.Select(chart => $"{chart.Name}: {chart.Chart} for {chart.KubeVersion}"), Is.EqualTo(new[]
        {
            $"csi-secrets-store-provider-azure: csi-secrets-store-provider-azure 1.8.2 for {kubernetes}",
            $"traefik: traefik 41.3.0 for {kubernetes}",
        }));
        Assert.That(_layer.Chart("traefik")!.Objects.Where(item => item.Kind != "CustomResourceDefinition").Select(item => item.Identity), Is.EquivalentTo(new[]
        {
            "Deployment/a0008/traefik", "Service/a0008/traefik", "PodDisruptionBudget/a0008/traefik", "IngressClass/-/traefik-internal",
        }));
        Assert.That(_layer.Chart("csi-secrets-store-provider-azure")!.Objects.Select(item => item.Identity), Does.Contain("DaemonSet/kube-system/secrets-store-csi-driver")
            .And.Contain("DaemonSet/kube-system/csi-secrets-store-provider-azure").And.Contain("CSIDriver/-/secrets-store.csi.k8s.io"));
    }

    [Test]
    public void Includes_the_CRDs_the_charts_ship()
    {
        Assert.That(_layer.Chart("traefik")!.Crds.Names, Does.Contain("tlsoptions.traefik.io").And.Contain("tlsstores.traefik.io").And.Contain("middlewares.traefik.io"));
        Assert.That(_layer.Chart("csi-secrets-store-provider-azure")!.Crds.Names, Does.Contain("secretproviderclasses.secrets-store.csi.x-k8s.io"));
        Assert.That(_layer.Objects.Count(item => item.Kind == "CustomResourceDefinition"), Is.EqualTo(27));
    }

    [Test]
    public void Renders_the_disruption_budget_in_the_API_version_the_cluster_serves()
    {
        var budget = _layer.Chart("traefik")!.Objects.Single(item => item.Kind == "PodDisruptionBudget");

        Assert.That(budget.ApiVersion, Is.EqualTo("policy/v1"), "offline helm knows no policy/v1/PodDisruptionBudget unless told; the chart would fall back to policy/v1beta1, gone since Kubernetes 1.25");
        Assert.That(((V1PodDisruptionBudget)budget.Model).Spec.MaxUnavailable.Value, Is.EqualTo("1"));
        Assert.That(LabelsMatch(((V1PodDisruptionBudget)budget.Model).Spec.Selector.MatchLabels, _traefik.Deployment.Spec.Template.Metadata.Labels));
    }

    [Test]
    public void Runs_two_Traefik_replicas_one_per_user_node_replaced_one_at_a_time()
    {
        var spec = _traefik.Deployment.Spec;
        var term = _traefik.Pod.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution.Single();

        Assert.That(spec.Replicas, Is.EqualTo(2));
        Assert.That(spec.Strategy.RollingUpdate.MaxSurge.Value, Is.EqualTo("0"));
        Assert.That(term.TopologyKey, Is.EqualTo("kubernetes.io/hostname"));
        Assert.That(LabelsMatch(term.LabelSelector.MatchLabels, spec.Template.Metadata.Labels));
        Assert.That(_traefik.Pod.NodeSelector, Does.ContainKey("kubernetes.azure.com/mode").WithValue("user"));
    }

    [Test]
    public void Runs_Traefik_unprivileged_with_a_read_only_root_and_resources()
    {
        var container = _traefik.Container;

        Assert.That(container.SecurityContext.ReadOnlyRootFilesystem, Is.True);
        Assert.That(container.SecurityContext.AllowPrivilegeEscalation, Is.False);
        Assert.That(container.SecurityContext.Capabilities.Drop, Is.EqualTo(new[] { "ALL" }));
        Assert.That(_traefik.Pod.SecurityContext.RunAsNonRoot, Is.True);
        Assert.That(_traefik.Pod.SecurityContext.RunAsUser, Is.EqualTo(65532));
        Assert.That(container.Resources.Requests.Keys, Is.EquivalentTo(new[] { "cpu", "memory" }));
        Assert.That(container.Resources.Limits.Keys, Is.EquivalentTo(new[] { "cpu", "memory" }));
        Assert.That(container.ReadinessProbe.HttpGet.Path, Is.EqualTo("/ping"));
        Assert.That(container.LivenessProbe.HttpGet.Path, Is.EqualTo("/ping"));
    }

    [Test]
    public void Runs_Traefik_as_its_workload_identity_with_the_certificate_the_driver_mounts()
    {
        Assert.That(_traefik.ServiceAccount, Is.EqualTo(_outputs.GetString(OutputNames.TraefikServiceAccountName)));
        Assert.That(_traefik.Pod.AutomountServiceAccountToken, Is.True, "Traefik's providers watch the API");
        Assert.That(_traefik.SecretProviderClasses, Is.EqualTo(new[] { "ingress-certificate" }));
        Assert.That(_traefik.Option("entryPoints.websecure.http.tls"), Is.EqualTo("true"));
        Assert.That(_traefik.IngressClass, Is.EqualTo("traefik-internal"));
        Assert.That(_traefik.TrustedIPs("websecure"), Is.EqualTo(new[] { _outputs.GetString(OutputNames.AppGatewaySubnetPrefix) }));
        Assert.That(_traefik.CrdNamespaces, Is.EqualTo(new[] { _outputs.GetString(OutputNames.TraefikNamespace) }));
        Assert.That(_layer.ObjectsOf<V1IngressClass>().Single().Spec.Controller, Is.EqualTo(TraefikDeployment.ControllerName));
    }

    [Test]
    public void Rotates_and_syncs_the_certificate_with_the_pods_workload_identity_token()
    {
        var driver = _layer.ObjectsOf<V1DaemonSet>().Single(daemonSet => daemonSet.Metadata.Name == "secrets-store-csi-driver");
        var csiDriver = _layer.ObjectsOf<V1CSIDriver>().Single();
        var provider = _layer.ObjectsOf<V1DaemonSet>().Single(daemonSet => daemonSet.Metadata.Name == "csi-secrets-store-provider-azure");

        Assert.That(driver.Spec.Template.Spec.Containers.Single(container => container.Name == "secrets-store").Args, Does.Contain("--enable-secret-rotation=true").And.Contain("--rotation-poll-interval=2m"));
        Assert.That(_layer.Objects.Select(item => item.Identity), Does.Contain("ClusterRole/-/secretprovidersyncing-role"), "syncSecret.enabled lets the driver write the Secret the TLSStore reads");
        Assert.That(csiDriver.Spec.TokenRequests.Select(request => request.Audience), Is.EqualTo(new[] { "api://AzureADTokenExchange" }));
        Assert.That(provider.Spec.Template.Spec.Containers.Single().Image, Is.EqualTo("mcr.microsoft.com/oss/v2/azure/secrets-store/provider-azure:v1.8.2"));
    }

    private static bool LabelsMatch(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
