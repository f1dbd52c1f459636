namespace Build.Kubernetes;

/// <summary>Where <see cref="RenderedLayerWriter"/> put a layer: the paths the deploy stage hands to kubectl and helm.</summary>
public sealed record RenderedLayerFiles(string Directory)
{
    public const string LogFileName = "render-log.txt";

    public string ManifestFolder(string folder) => Path.Combine(Directory, KubernetesLayout.ManifestsFolder, folder);

    /// <summary>The rendered files of a manifest folder, in the order kubectl applies a folder.</summary>
    public IReadOnlyList<string> ManifestFiles(string folder) =>
        System.IO.Directory.EnumerateFiles(ManifestFolder(folder), "*", SearchOption.AllDirectories)
            .Where(KubernetesLayout.IsYaml)
            .Order(StringComparer.Ordinal)
            .ToList();

    public string ValuesFile(HelmRelease release) => Path.Combine(Directory, KubernetesLayout.HelmFolder, release.Values);

    public string Log => Path.Combine(Directory, LogFileName);
}
