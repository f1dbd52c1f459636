using Build.Hosting;
using Cake.Core;
using Cake.Core.IO;

namespace Build;

/// <summary>What every task shares: the environment being worked on and the suite's folders.</summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context, DefaultCommandSettings settings)
        : base(context)
    {
        EnvironmentName = settings.Environment;
        Root = context.Environment.WorkingDirectory;
    }

    /// <summary>The environment (<c>--environment</c>, default prod) whose Bicep parameters drive everything.</summary>
    public string EnvironmentName { get; }

    public DirectoryPath Root { get; }

    public DirectoryPath Artifacts => Root.Combine("artifacts");

    public DirectoryPath BicepDirectory => Root.Combine("bicep");

    public DirectoryPath HelmDirectory => Root.Combine("helm");

    public DirectoryPath ManifestsDirectory => Root.Combine("manifests");
}
