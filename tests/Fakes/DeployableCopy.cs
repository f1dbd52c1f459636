using System.Diagnostics;
using System.Text.RegularExpressions;
using Build.Hosting;

namespace Build.Tests.Fakes;

/// <summary>
/// The repository's bicep/, helm/ and manifests/ as a user has them before a first deployment: the cluster's
/// shipped placeholders (the admin group id, the documentation range of authorizedIPRanges) replaced with
/// real-looking values — the range admits the fake cloud's public address — and the snapshots regenerated,
/// as the README tells users to do. Prepared once per test process.
/// </summary>
public static partial class DeployableCopy
{
    public const string AdminGroupObjectId = "3a1f4c5e-7b2d-4e8f-9a6b-0c1d2e3f4a5b";

    public const string ReaderGroupObjectId = "8b2e6d4f-1c3a-4f5e-8d7c-9e0f1a2b3c4d";

    /// <summary>RFC 2544's benchmarking range: not a documentation range, and it holds the fake cloud's 198.18.0.10.</summary>
    public const string AuthorizedRange = "198.18.0.0/15";

    private static readonly Lazy<string> Prepared = new(Prepare);

    public static void CopyTo(string target)
    {
        foreach (var folder in new[] { "bicep", "helm", "manifests" })
        {
            FakeCloud.CopyDirectory(Path.Combine(Prepared.Value, folder), Path.Combine(target, folder));
        }
    }

    /// <summary>Sets the two placeholders in a cluster.bicepparam's text.</summary>
    public static string WithRealValues(string parameters) =>
        AuthorizedRanges().Replace(
            ReaderGroup().Replace(
                AdminGroup().Replace(parameters, $"param clusterAdminGroupObjectId = '{AdminGroupObjectId}'"),
                $"param workloadNamespaceReaderGroupObjectId = '{ReaderGroupObjectId}'"),
            $"param authorizedIPRanges = [\n  '{AuthorizedRange}'\n]");

    private static string Prepare()
    {
        var repository = RepositoryRoot.Locate();
        var copy = Directory.CreateTempSubdirectory("deployable-").FullName;
        foreach (var folder in new[] { "bicep", "helm", "manifests" })
        {
            FakeCloud.CopyDirectory(Path.Combine(repository, folder), Path.Combine(copy, folder));
        }

        var parameters = Path.Combine(copy, "bicep", "environments", "prod", "cluster.bicepparam");
        File.WriteAllText(parameters, WithRealValues(File.ReadAllText(parameters)));
        var start = new ProcessStartInfo(Path.Combine(repository, "build.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        // the snapshots of the team's parameters, and the offline gate over them once for every run that follows
        foreach (var argument in new[] { $"--working={copy}", "--target=Validate", "--update-snapshots" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Regenerating the snapshots of the deployable copy failed:\n" + output.Result + error.Result);
        }

        FakeCloud.KeepForLaterRuns(Path.Combine(copy, "artifacts"));
        return copy;
    }

    [GeneratedRegex(@"param clusterAdminGroupObjectId = '[^']*'")]
    private static partial Regex AdminGroup();

    [GeneratedRegex(@"param workloadNamespaceReaderGroupObjectId = '[^']*'")]
    private static partial Regex ReaderGroup();

    [GeneratedRegex(@"param authorizedIPRanges = \[[^\]]*\]")]
    private static partial Regex AuthorizedRanges();
}
