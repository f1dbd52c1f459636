namespace Build.Tools.Helm;

/// <summary><c>helm show chart|values|crds|readme</c> of a chart archive, folder or repository reference.</summary>
public sealed class HelmShowSettings : HelmSettings
{
    public HelmShowKind What { get; set; } = HelmShowKind.Chart;

    public required string Chart { get; set; }

    public string? Version { get; set; }
}
