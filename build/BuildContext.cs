using Build.Hosting;
using Build.SuiteOptions;
using Cake.Core;
using Cake.Core.IO;

namespace Build;

/// <summary>What every task shares: the options the command line gave, the environment being worked on and the suite's folders.</summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context, BuildOptions options)
        : base(context)
    {
        Options = options;
        Root = context.Environment.WorkingDirectory;
    }

    /// <summary>The suite's options, parsed and checked before any task ran (<see cref="BuildOptions"/> declares them).</summary>
    public BuildOptions Options { get; }

    /// <summary>The environment (<c>--environment</c>, default prod) whose Bicep parameters drive everything.</summary>
    public string EnvironmentName => Options.Environment;

    public DirectoryPath Root { get; }

    public DirectoryPath Artifacts => Root.Combine("artifacts");

    public DirectoryPath BicepDirectory => Root.Combine("bicep");

    public DirectoryPath HelmDirectory => Root.Combine("helm");

    public DirectoryPath ManifestsDirectory => Root.Combine("manifests");
}
