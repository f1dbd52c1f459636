namespace Build.Resources.Workloads;

/// <summary>A Service of the manifests or of a chart: its type and annotations.</summary>
/// <param name="SpecAddress">spec.loadBalancerIP, the deprecated way of asking for a static address.</param>
public sealed record KubernetesService(string Namespace, string Name, string Type, IDictionary<string, string> Annotations, string? SpecAddress, SourcePointer Source)
{
    public const string InternalAnnotation = "service.beta.kubernetes.io/azure-load-balancer-internal";
    public const string InternalSubnetAnnotation = "service.beta.kubernetes.io/azure-load-balancer-internal-subnet";
    public const string Ipv4Annotation = "service.beta.kubernetes.io/azure-load-balancer-ipv4";
    public const string TypeSetting = "spec.type";
    public const string AnnotationsSetting = "metadata.annotations";

    public string Reference => $"Service/{Namespace}/{Name}";

    public Subject Subject => new(Reference, Source.Location);

    public bool IsLoadBalancer => string.Equals(Type, "LoadBalancer", StringComparison.Ordinal);

    public bool IsInternal => Annotations.TryGetValue(InternalAnnotation, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    public string? Subnet => Annotations.TryGetValue(InternalSubnetAnnotation, out var subnet) ? subnet : null;

    public string? Address => Annotations.TryGetValue(Ipv4Annotation, out var address) ? address : SpecAddress;
}
