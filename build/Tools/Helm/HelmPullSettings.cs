using Cake.Core.IO;

namespace Build.Tools.Helm;

/// <summary><c>helm pull</c>: downloads a chart archive (<c>&lt;chart&gt;-&lt;version&gt;.tgz</c>) from a repository into a folder.</summary>
public sealed class HelmPullSettings : HelmSettings
{
    /// <summary>The chart's name in the repository (<c>traefik</c>).</summary>
    public required string Chart { get; set; }

    /// <summary>The repository's URL, passed as <c>--repo</c> so no <c>helm repo add</c> is needed.</summary>
    public required string Repository { get; set; }

    public required string Version { get; set; }

    public required DirectoryPath Destination { get; set; }
}
