namespace Build.Tools.Helm;

/// <summary><c>helm repo add</c> (with <c>--force-update</c> so re-runs succeed).</summary>
public sealed class HelmRepoAddSettings : HelmSettings
{
    public required string Name { get; set; }

    public required string Url { get; set; }

    public bool ForceUpdate { get; set; } = true;
}
