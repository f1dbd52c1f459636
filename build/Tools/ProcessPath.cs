using Cake.Core.IO;

namespace Build.Tools;

/// <summary>
/// Some tools are started by other programs that only search PATH: client-go runs the kubeconfig's
/// <c>kubelogin</c> (for kubectl, helm and KubernetesClient), the Azure SDK's AzureCliCredential runs <c>az</c>.
/// When the suite found such a tool elsewhere (its *_PATH variable, the tool cache), its folder goes first on
/// this process's PATH, which every program it starts inherits.
/// </summary>
public static class ProcessPath
{
    /// <summary>Puts <paramref name="executable"/>'s folder first on PATH unless PATH already finds this very file first; returns true when it did.</summary>
    public static bool EnsureFound(FilePath executable)
    {
        var folder = System.IO.Path.GetDirectoryName(executable.FullPath);
        if (folder is null)
        {
            return false;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var name = executable.GetFilename().FullPath;
        var first = path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(f => System.IO.Path.Combine(f, name))
            .FirstOrDefault(File.Exists);
        if (first is not null && string.Equals(System.IO.Path.GetFullPath(first), System.IO.Path.GetFullPath(executable.FullPath), StringComparison.Ordinal))
        {
            return false;
        }

        Environment.SetEnvironmentVariable("PATH", folder + System.IO.Path.PathSeparator + path);
        return true;
    }
}
