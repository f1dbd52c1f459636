using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// Traefik's Deployment as the traefik chart renders it, read for what it says about Traefik's configuration: its
/// static configuration is its container's arguments (<c>--providers.kubernetesingress.ingressClass=traefik-internal</c>),
/// its identity the pod's service account, its certificate the CSI volume it mounts.
/// </summary>
public sealed record TraefikDeployment(KubernetesObject Item, V1Deployment Deployment, string Chart, string Values)
{
    public const string ChartName = "traefik";
    public const string ControllerName = "traefik.io/ingress-controller";

    /// <summary>Traefik's Deployment in the layer's chart objects, when the layer installs Traefik and its chart was rendered.</summary>
    public static TraefikDeployment? In(KubernetesLayer layer) =>
        layer.Chart(ChartName) is { } chart && chart.Objects.FirstOrDefault(item => item.Model is V1Deployment) is { } item
            ? new TraefikDeployment(item, (V1Deployment)item.Model, chart.Chart.ToString(), chart.Release.Values.File)
            : null;

    public V1PodSpec Pod => Deployment.Spec.Template.Spec;

    public V1Container Container => Pod.Containers.FirstOrDefault(container => container.Name == "traefik") ?? Pod.Containers[0];

    /// <summary>The value of a static configuration option (case-insensitive, as Traefik reads them), or null when it is not given.</summary>
    public string? Option(string name)
    {
        var prefix = $"--{name}=";
        return (Container.Args ?? []).LastOrDefault(argument => argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))?[prefix.Length..];
    }

    /// <summary>The comma-separated values of an option.</summary>
    public IReadOnlyList<string> List(string name) =>
        Option(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The ingress class the Kubernetes Ingress provider serves.</summary>
    public string? IngressClass => Option("providers.kubernetesingress.ingressClass");

    /// <summary>The namespaces the Ingress provider watches (empty: all).</summary>
    public IReadOnlyList<string> IngressNamespaces => List("providers.kubernetesingress.namespaces");

    /// <summary>The namespaces the CRD provider watches (empty: all).</summary>
    public IReadOnlyList<string> CrdNamespaces => List("providers.kubernetescrd.namespaces");

    /// <summary>The addresses whose X-Forwarded-* headers an entry point trusts.</summary>
    public IReadOnlyList<string> TrustedIPs(string entryPoint) => List($"entryPoints.{entryPoint}.forwardedHeaders.trustedIPs");

    public string? ServiceAccount => Pod.ServiceAccountName;

    /// <summary>The SecretProviderClasses Traefik's pods mount through the Secrets Store CSI driver.</summary>
    public IEnumerable<string> SecretProviderClasses =>
        (Pod.Volumes ?? [])
            .Where(volume => volume.Csi?.Driver == "secrets-store.csi.k8s.io")
            .Select(volume => volume.Csi.VolumeAttributes is { } attributes && attributes.TryGetValue("secretProviderClass", out var name) ? name : null)
            .OfType<string>();
}
