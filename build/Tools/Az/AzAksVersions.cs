namespace Build.Tools.Az;

/// <summary>The Kubernetes versions AKS offers in a region, from <c>az aks get-versions</c> (KubernetesVersionListResult).</summary>
public sealed record AzAksVersions(IReadOnlyList<AzAksVersion> Values);

/// <summary>
/// One minor version. The API omits <c>isPreview</c> for a generally available version, which az prints as
/// null: only true means preview.
/// </summary>
public sealed record AzAksVersion(string Version, bool? IsPreview, IReadOnlyDictionary<string, object>? PatchVersions, AzAksVersionCapabilities? Capabilities)
{
    public bool Preview => IsPreview == true;
}

/// <summary>The support plans a version is offered under (KubernetesOfficial, AKSLongTermSupport).</summary>
public sealed record AzAksVersionCapabilities(IReadOnlyList<string>? SupportPlan);
