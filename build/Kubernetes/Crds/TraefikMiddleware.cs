using k8s.Models;
using YamlDotNet.Serialization;

namespace Build.Kubernetes.Crds;

/// <summary>
/// Traefik's HTTP Middleware (traefik.io/v1alpha1), as far as the rules read it: its IP allow list. Routers name a
/// middleware as <c>&lt;namespace&gt;-&lt;name&gt;@kubernetescrd</c>.
/// </summary>
[KubernetesEntity(Group = "traefik.io", ApiVersion = "v1alpha1", Kind = "Middleware", PluralName = "middlewares")]
public sealed record TraefikMiddleware : CustomResource<MiddlewareSpec>
{
    /// <summary>How a router names this middleware.</summary>
    [YamlIgnore]
    public string ProviderReference => $"{Metadata.NamespaceProperty}-{Metadata.Name}@kubernetescrd";
}

public sealed record MiddlewareSpec
{
    public IpAllowList? IpAllowList { get; set; }
}

/// <summary>Lets through only clients whose address is in one of the ranges.</summary>
public sealed record IpAllowList
{
    public IList<string>? SourceRange { get; set; }
}
