namespace Build.Validation.Rules.Governance;

/// <summary>
/// The Azure Policy built-ins the AKS baseline assigns to its cluster, with the strongest effect each accepts
/// (Deny where the definition offers it, Audit otherwise), as Azure Policy's built-in definitions list them.
/// </summary>
public static class BaselinePolicies
{
    public const string RestrictedPodSecurity = "42b8ef37-b724-4e24-bbc8-7a7708edfe00";
    public const string HttpsIngressOnly = "1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d";
    public const string InternalLoadBalancersOnly = "3fc4dc25-5baf-40d8-9b05-7fe74c1bc64e";
    public const string ReadOnlyRootFilesystem = "df49d893-a74c-421d-bc95-c663042e5b80";
    public const string ContainerLimits = "e345eecc-fa47-480f-9e88-67dcc122b164";
    public const string AllowedImages = "febd0533-8e55-448f-b837-bd0e06f16469";
    public const string AllowedHostPaths = "098fc59e-46c7-4d99-9b16-64990e543d75";
    public const string AllowedExternalIps = "d46c275d-1680-448d-b2ec-e495a3b6cc89";
    public const string NoEndpointEditPermission = "1ddac26b-ed48-4c30-8cc5-3a68c79b8001";
    public const string NoDefaultNamespace = "9f061a12-e40d-4183-a00e-171812443373";

    public static readonly IReadOnlyList<BaselinePolicy> All =
    [
        new(RestrictedPodSecurity, "pod security restricted standards (initiative)", PolicyEffect.Deny, true),
        new(HttpsIngressOnly, "HTTPS ingress only", PolicyEffect.Deny, true),
        new(InternalLoadBalancersOnly, "internal load balancers only", PolicyEffect.Deny, true),
        new(ReadOnlyRootFilesystem, "read-only root filesystem", PolicyEffect.Deny, true),
        new(ContainerLimits, "CPU and memory limits", PolicyEffect.Deny, true),
        new(AllowedImages, "allowed images", PolicyEffect.Deny, true),
        new(AllowedHostPaths, "allowed host paths", PolicyEffect.Deny, true),
        new(AllowedExternalIps, "allowed external IPs", PolicyEffect.Deny, true),
        new(NoEndpointEditPermission, "no endpoint edit permission", PolicyEffect.Audit, true),
        new(NoDefaultNamespace, "no default namespace", PolicyEffect.Deny, true),
        new("450d2877-ebea-41e8-b00c-e286317d21bf", "Microsoft Entra ID integration", PolicyEffect.Audit, false),
        new("993c2fcd-2b29-49d2-9eb0-df2c3a730c32", "local accounts disabled", PolicyEffect.Deny, false),
        new("0e246bcf-5f6f-4f87-bc6f-775d4712c7ea", "authorized IP ranges", PolicyEffect.Audit, false),
        new("ac4a19c2-fa67-49b4-8ae5-0b2e78c49457", "Kubernetes RBAC", PolicyEffect.Audit, false),
        new("da6e2401-19da-4532-9141-fb8fbde08431", "managed identities", PolicyEffect.Audit, false),
        new("a1840de2-8088-4ea8-b153-b4c723e9cb01", "Defender profile", PolicyEffect.Audit, false),
        new("0a15ec92-a229-4763-bb14-0ea34a568f8d", "Azure Policy add-on", PolicyEffect.Audit, false),
        new("fb893a29-21bb-418c-a157-e99480ec364c", "no vulnerable Kubernetes version", PolicyEffect.Audit, false),
    ];

    public static BaselinePolicy? Find(string definition) => All.FirstOrDefault(policy => string.Equals(policy.Definition, definition, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One built-in of the baseline: its definition name (GUID), how messages call it, its strongest effect, and whether Gatekeeper enforces it inside the cluster.</summary>
public sealed record BaselinePolicy(string Definition, string Title, PolicyEffect Strongest, bool Admission)
{
    public override string ToString() => $"{Title} ({Definition})";
}

/// <summary>The effects the baseline's built-ins offer, weakest first.</summary>
public enum PolicyEffect
{
    Audit,
    Deny,
}
