using k8s.Models;
using YamlDotNet.Serialization;

namespace Build.Kubernetes.Crds;

/// <summary>
/// Traefik's HTTP Middleware (traefik.io/v1alpha1), modelling the middleware kinds this project uses:
/// an IP allow list and compression. Another kind is an unknown field until it is modelled here.
/// Routers name a middleware as <c>&lt;namespace&gt;-&lt;name&gt;@kubernetescrd</c>.
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

    public Compress? Compress { get; set; }
}

/// <summary>Lets through only clients whose address is in one of the ranges.</summary>
public sealed record IpAllowList
{
    public IList<string>? SourceRange { get; set; }

    public IpStrategy? IpStrategy { get; set; }

    public int? RejectStatusCode { get; set; }
}

/// <summary>How the client address is chosen; without one, the connection's remote address is used.</summary>
public sealed record IpStrategy
{
    public int? Depth { get; set; }

    public IList<string>? ExcludedIPs { get; set; }

    public int? Ipv6Subnet { get; set; }
}

public sealed record Compress
{
    public IList<string>? ExcludedContentTypes { get; set; }

    public IList<string>? IncludedContentTypes { get; set; }

    public int? MinResponseBodyBytes { get; set; }

    public IList<string>? Encodings { get; set; }

    public string? DefaultEncoding { get; set; }
}
