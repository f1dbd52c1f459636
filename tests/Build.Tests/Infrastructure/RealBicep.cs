using Build.Tools.Bicep;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tests.Infrastructure;

/// <summary>The real bicep (the copy Build.csproj restores), run through Cake.Core's own process runner.</summary>
internal static class RealBicep
{
    public static DirectoryPath RepositoryRoot { get; } =
        new(global::Build.Hosting.RepositoryRoot.Locate(TestContext.CurrentContext.TestDirectory) ?? throw new InvalidOperationException("The tests do not run inside the repository."));

    /// <summary>
    /// Every path the infrastructure code hands bicep is absolute, so the environment keeps the
    /// process's working directory (setting CakeEnvironment.WorkingDirectory changes the process's).
    /// </summary>
    public static BicepRunner Runner()
    {
        var cake = RealCake.Create();
        return new BicepRunner(cake.FileSystem, cake.Environment, cake.Processes, cake.Tools);
    }

    /// <summary>
    /// One long-lived compiler for the whole test run, as a build run has one: tests share it (it re-reads files
    /// on every request) and it ends with the test process.
    /// </summary>
    public static BicepServer Server => SharedServer.Value;

    /// <summary>A fresh workspace (its own per-run memory of compilations) over the shared compiler.</summary>
    public static BicepWorkspace Workspace() => new(() => Server, ownsServer: false);

    private static readonly Lazy<BicepServer> SharedServer = new(() => Runner().StartServer(new BicepSettings()));

    /// <summary>A scratch copy of bicep/ (templates, parameters, committed snapshots) to change freely.</summary>
    public static DirectoryPath CopyOfBicepTree()
    {
        var root = Directory.CreateTempSubdirectory("bicep-tree-").FullName;
        var source = RepositoryRoot.Combine("bicep").FullPath;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(root, "bicep", System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new DirectoryPath(root);
    }
}
