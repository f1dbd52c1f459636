namespace Build.Tools.Az;

/// <summary>The Kubernetes versions AKS offers in a region, from <c>az aks get-versions</c>.</summary>
public sealed record AzAksVersions(IReadOnlyList<AzAksVersion> Values);

public sealed record AzAksVersion(string Version, bool IsPreview, IReadOnlyDictionary<string, object>? PatchVersions);
