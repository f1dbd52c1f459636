using System.Security.Cryptography;
using System.Text;
using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>
/// A hash of everything a deployment is made from: every Bicep file and the bicepconfig (a module may
/// change), the stage's parameters, environment.json and the upstream outputs it receives. Recorded
/// as a tag on the deployment; a later run with the same hash has nothing to deploy.
/// </summary>
public static class StageInputs
{
    public static string Hash(EnvironmentLayout layout, Stage stage, IReadOnlyDictionary<string, string> upstream)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bicep = layout.BicepDirectory.FullPath;
        var sources = Directory.EnumerateFiles(bicep, "*.bicep", SearchOption.AllDirectories)
            .Append(Path.Combine(bicep, "bicepconfig.json"))
            .Append(layout.Parameters(stage).FullPath)
            .Append(layout.EnvironmentSettingsFile.FullPath)
            .Where(File.Exists)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var path in sources)
        {
            Add(sha, Path.GetRelativePath(bicep, path).Replace('\\', '/'));
            sha.AppendData(File.ReadAllBytes(path));
        }

        foreach (var (name, value) in upstream.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(sha, name);
            Add(sha, value);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static void Add(IncrementalHash sha, string text)
    {
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        sha.AppendData([0]);
    }
}
