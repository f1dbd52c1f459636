using System.Collections.Concurrent;
using Build.Tools;
using Build.Tools.Helm;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// Where the pinned chart versions come from: the cache under <c>.tools/charts/</c> (git-ignored), filled from the
/// folder of archives <see cref="ArchivesVariable"/> names when it holds the version (offline: CI and the tests), or
/// else by <c>helm pull</c> from the chart's repository. An archive enters the cache only once <c>helm show chart</c>
/// says it is the chart and version asked for.
/// </summary>
public sealed class ChartCache(string directory, string? archivesFolder, HelmRunner helm)
{
    /// <summary>The environment variable naming a folder of chart archives (<c>&lt;chart&gt;-&lt;version&gt;.tgz</c>).</summary>
    public const string ArchivesVariable = "HELM_CHART_ARCHIVES";

    private static readonly ConcurrentDictionary<string, object> Locks = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    /// <summary>The folder the suite keeps chart archives in, under the repository's tool cache.</summary>
    public static string DirectoryUnder(string root) => System.IO.Path.Combine(LocalToolCache.Directory(new Cake.Core.IO.DirectoryPath(root)).FullPath, "charts");

    public ChartArchive Obtain(HelmRelease release)
    {
        var name = ChartArchive.FileName(release.Chart, release.Version);
        var cached = System.IO.Path.Combine(Directory, name);
        lock (Locks.GetOrAdd(cached, _ => new object()))
        {
            if (File.Exists(cached))
            {
                return new ChartArchive(release.Chart, release.Version, cached, "cache");
            }

            System.IO.Directory.CreateDirectory(Directory);
            if (archivesFolder is { Length: > 0 } && File.Exists(System.IO.Path.Combine(archivesFolder, name)))
            {
                return Admit(release, System.IO.Path.Combine(archivesFolder, name), cached, $"{ArchivesVariable} ({archivesFolder})");
            }

            var download = System.IO.Directory.CreateTempSubdirectory("helm-pull-").FullName;
            try
            {
                var pulled = helm.Pull(new HelmPullSettings { Chart = release.Chart, Repository = release.Repository.Url, Version = release.Version, Destination = download });
                var archive = System.IO.Path.Combine(download, name);
                if (!pulled.Succeeded || !File.Exists(archive))
                {
                    throw Unavailable(release, name, pulled.Succeeded ? $"helm pull wrote no {name}" : $"helm pull failed: {ErrorText.Trim(pulled.StandardError + "\n" + pulled.StandardOutput)}");
                }

                return Admit(release, archive, cached, release.Repository.Url);
            }
            finally
            {
                System.IO.Directory.Delete(download, recursive: true);
            }
        }
    }

    private ChartArchive Admit(HelmRelease release, string source, string cached, string origin)
    {
        var partial = $"{cached}.{Guid.NewGuid():N}.partial";
        File.Copy(source, partial, overwrite: true);
        try
        {
            var (name, version) = Identify(partial);
            if (name != release.Chart || version != release.Version)
            {
                throw new ChartUnavailableException($"{source} is chart {name} {version}, not {release.Chart} {release.Version} as helm/releases.yaml pins: replace it with the archive of {release.Chart} {release.Version}.");
            }

            File.Move(partial, cached, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return new ChartArchive(release.Chart, release.Version, cached, origin);
    }

    /// <summary>The name and version helm reads from the archive's Chart.yaml.</summary>
    private (string Name, string Version) Identify(string archive)
    {
        string text;
        try
        {
            text = helm.Show(new HelmShowSettings { What = HelmShowKind.Chart, Chart = archive });
        }
        catch (ToolFailedException failure)
        {
            throw new ChartUnavailableException($"{archive} is not a chart archive helm can read: {failure.Detail}");
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var chart = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        string Field(string key) => chart is not null && chart.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
        return (Field("name"), Field("version"));
    }

    private ChartUnavailableException Unavailable(HelmRelease release, string name, string pullFailure)
    {
        var archives = archivesFolder switch
        {
            null or "" => $"{ArchivesVariable} is not set",
            _ when !System.IO.Directory.Exists(archivesFolder) => $"{ArchivesVariable}={archivesFolder} names no folder",
            _ => $"{ArchivesVariable}={archivesFolder} holds no {name}",
        };
        return new ChartUnavailableException(
            $"Chart {release.Chart} {release.Version} (helm/releases.yaml) is not in {Directory}, {archives}, and it cannot be pulled from {release.Repository.Url} ({pullFailure}). " +
            $"To fix: set {ArchivesVariable} to a folder holding {name} (CI: ../shared/charts), or run where {release.Repository.Url} is reachable.");
    }
}
