using System.Reflection;
using System.Text.RegularExpressions;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Bicep;

/// <summary>
/// The bicep CLI. The copy restored from NuGet (pinned in Build.csproj) is preferred, so snapshots are
/// produced by the same compiler on every machine. The suite speaks to it as one long-lived compiler
/// (<see cref="StartServer"/>, <see cref="BicepServer"/>); the command line only says its version.
/// </summary>
public sealed partial class BicepRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<BicepSettings>(fileSystem, environment, processRunner, tools)
{
    public override ToolDescriptor Descriptor => ToolDescriptor.Bicep;

    /// <summary>Where Build.csproj restored bicep (Linux x64 only), from the assembly's metadata.</summary>
    public static string? PackagedPath { get; } = typeof(BicepRunner).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "BicepPath")?.Value;

    /// <summary>Starts the long-lived compiler (<c>bicep jsonrpc --stdio</c>) with the bicep this run would use.</summary>
    public BicepServer StartServer(BicepSettings settings)
    {
        EnsureInstalled(settings);
        return BicepServer.Start(Locate(settings)!.FullPath);
    }

    public string Version(BicepSettings settings)
    {
        var output = Capture(settings, new ProcessArgumentBuilder().Append("--version"));
        return VersionPattern().Match(output.StandardOutput) is { Success: true } match ? match.Value : output.StandardOutput.Trim();
    }

    protected override FilePath? PinnedToolPath()
    {
        if (PackagedPath is null || !File.Exists(PackagedPath))
        {
            return null;
        }

        // NuGet's extraction drops the executable bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(PackagedPath);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(PackagedPath, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return new FilePath(PackagedPath);
    }

    protected override IEnumerable<FilePath> GetAlternativeToolPaths(BicepSettings settings)
    {
        // where `az bicep install` puts it
        var userHome = new DirectoryPath(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile));
        return base.GetAlternativeToolPaths(settings)
            .Append(userHome.CombineWithFilePath(OperatingSystem.IsWindows() ? ".azure/bin/bicep.exe" : ".azure/bin/bicep"));
    }

    [GeneratedRegex(@"\d+\.\d+\.\d+")]
    private static partial Regex VersionPattern();
}
