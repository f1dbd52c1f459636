namespace Build.Tools.Helm;

/// <summary><c>helm rollback</c> and <c>helm uninstall</c> of one release.</summary>
public sealed class HelmReleaseSettings : HelmSettings
{
    public required string Release { get; set; }

    public required string Namespace { get; set; }
}
