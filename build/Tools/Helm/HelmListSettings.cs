namespace Build.Tools.Helm;

/// <summary><c>helm list -o json</c> in one namespace, optionally by label selector.</summary>
public sealed class HelmListSettings : HelmSettings
{
    public required string Namespace { get; set; }

    /// <summary>e.g. <c>name=traefik,aks-baseline-inputs=3f2a…</c> (helm release labels).</summary>
    public string? Selector { get; set; }

    /// <summary>Pending releases only (helm list shows deployed and failed ones by default; helm 4 has no --all).</summary>
    public bool Pending { get; set; }
}
