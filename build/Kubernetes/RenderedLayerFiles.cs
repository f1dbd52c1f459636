namespace Build.Kubernetes;

/// <summary>Where <see cref="RenderedLayerWriter"/> put a layer: the paths the deploy stage hands to kubectl and helm, and what helm rendered for review.</summary>
public sealed record RenderedLayerFiles(string Directory)
{
    public const string LogFileName = "render-log.txt";

    /// <summary>The folder of what <c>helm template</c> produced, one file per release.</summary>
    public const string ChartsFolder = "charts";

    public string ManifestFolder(string folder) => Path.Combine(Directory, KubernetesLayout.ManifestsFolder, folder);

    /// <summary>The rendered files of a manifest folder, in the order kubectl applies a folder.</summary>
    public IReadOnlyList<string> ManifestFiles(string folder) =>
        System.IO.Directory.EnumerateFiles(ManifestFolder(folder), "*", SearchOption.AllDirectories)
            .Where(KubernetesLayout.IsYaml)
            .Order(StringComparer.Ordinal)
            .ToList();

    public string ValuesFile(HelmRelease release) => Path.Combine(Directory, KubernetesLayout.HelmFolder, release.Values);

    /// <summary>What <c>helm template</c> rendered for a release.</summary>
    public string ChartFile(HelmRelease release) => Path.Combine(Directory, ChartsFolder, $"{release.Name}.yaml");

    public string Log => Path.Combine(Directory, LogFileName);
}
