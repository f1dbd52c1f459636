using Cake.Core.IO;

namespace Build.Tools.Helm;

/// <summary><c>helm lint</c> of a local chart.</summary>
public sealed class HelmLintSettings : HelmSettings
{
    public required DirectoryPath Chart { get; set; }

    public IList<FilePath> ValuesFiles { get; } = [];

    /// <summary>Warnings fail the lint.</summary>
    public bool Strict { get; set; } = true;
}
