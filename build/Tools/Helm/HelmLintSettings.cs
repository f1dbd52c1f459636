using Cake.Core.IO;

namespace Build.Tools.Helm;

/// <summary><c>helm lint</c> of a chart folder or archive, with values.</summary>
public sealed class HelmLintSettings : HelmSettings
{
    /// <summary>A chart folder (<see cref="DirectoryPath"/>) or a packaged chart (<see cref="FilePath"/>, <c>.tgz</c>).</summary>
    public required Cake.Core.IO.Path Chart { get; set; }

    public IList<FilePath> ValuesFiles { get; } = [];

    public string? Namespace { get; set; }

    /// <summary>The Kubernetes version the capabilities and deprecation checks assume (e.g. 1.33).</summary>
    public string? KubeVersion { get; set; }

    /// <summary>Warnings fail the lint.</summary>
    public bool Strict { get; set; } = true;
}
