namespace Build.Tools.Helm;

/// <summary><c>helm repo update</c>, for the named repositories or all.</summary>
public sealed class HelmRepoUpdateSettings : HelmSettings
{
    public IList<string> Repositories { get; } = [];
}
