using System.Reflection;
using System.Text.RegularExpressions;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Bicep;

/// <summary>
/// The bicep CLI. The copy restored from NuGet (pinned in Build.csproj) is preferred, so snapshots are
/// produced by the same compiler on every machine.
/// </summary>
public sealed partial class BicepRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<BicepSettings>(fileSystem, environment, processRunner, tools)
{
    public override ToolDescriptor Descriptor => ToolDescriptor.Bicep;

    /// <summary>Where Build.csproj restored bicep (Linux x64 only), from the assembly's metadata.</summary>
    public static string? PackagedPath { get; } = typeof(BicepRunner).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "BicepPath")?.Value;

    public ToolOutput Build(BicepBuildSettings settings)
    {
        var arguments = new ProcessArgumentBuilder().Append("build");
        AppendInput(arguments, settings.File, settings.Pattern);
        if (settings.OutputDirectory is not null)
        {
            arguments.Append("--outdir").AppendQuoted(settings.OutputDirectory.MakeAbsolute(Environment).FullPath);
        }

        if (settings.Stdout)
        {
            arguments.Append("--stdout");
        }

        return Capture(settings, arguments);
    }

    /// <summary>Lints; the exit code is returned, not thrown, so the caller can report every finding.</summary>
    public ToolOutput Lint(BicepLintSettings settings)
    {
        var arguments = new ProcessArgumentBuilder().Append("lint");
        AppendInput(arguments, settings.File, settings.Pattern);
        if (settings.Sarif)
        {
            arguments.Append("--diagnostics-format").Append("sarif");
        }

        return Capture(settings, arguments, acceptFailure: true);
    }

    /// <summary>Snapshots; in Validate mode a drift is a non-zero exit code returned to the caller with bicep's diff.</summary>
    public ToolOutput Snapshot(BicepSnapshotSettings settings)
    {
        var arguments = new ProcessArgumentBuilder().Append("snapshot");
        arguments.AppendQuoted(settings.ParametersFile.MakeAbsolute(Environment).FullPath);
        arguments.Append("--mode").Append(settings.Mode.ToString().ToLowerInvariant());
        AppendOptional(arguments, "--subscription-id", settings.SubscriptionId);
        AppendOptional(arguments, "--resource-group", settings.ResourceGroup);
        AppendOptional(arguments, "--location", settings.Location);
        AppendOptional(arguments, "--deployment-name", settings.DeploymentName);
        AppendOptional(arguments, "--tenant-id", settings.TenantId);
        return Capture(settings, arguments, acceptFailure: settings.Mode == BicepSnapshotMode.Validate);
    }

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

    private void AppendInput(ProcessArgumentBuilder arguments, FilePath? file, string? pattern)
    {
        if ((file is null) == (pattern is null))
        {
            throw new ArgumentException("Give bicep either a file or a pattern.");
        }

        if (file is not null)
        {
            arguments.AppendQuoted(file.MakeAbsolute(Environment).FullPath);
        }
        else
        {
            arguments.Append("--pattern").AppendQuoted(pattern!);
        }
    }

    private static void AppendOptional(ProcessArgumentBuilder arguments, string option, string? value)
    {
        if (value is not null)
        {
            arguments.Append(option).AppendQuoted(value);
        }
    }

    [GeneratedRegex(@"\d+\.\d+\.\d+")]
    private static partial Regex VersionPattern();
}
