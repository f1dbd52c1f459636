using System.Runtime.InteropServices;
using Build.Tools;
using Build.Tools.Az;
using Build.Tools.Bicep;
using Build.Tools.Helm;
using Build.Tools.Kubectl;
using Build.Tools.Kubelogin;
using Cake.Core;

namespace Build.Prerequisites;

/// <summary>Finds each prerequisite the way the tasks will (same wrappers, same lookup order) and asks its version.</summary>
public sealed class PrerequisiteProbe(ICakeContext context)
{
    public PrerequisiteStatus Check(Prerequisite prerequisite)
    {
        try
        {
            return prerequisite switch
            {
                Prerequisite.DotNet => new(prerequisite, true, RuntimeInformation.FrameworkDescription, System.Environment.ProcessPath ?? "dotnet", string.Empty),
                Prerequisite.Bicep => Tool(prerequisite, Bicep(), new BicepSettings(), r => r.Version(new BicepSettings())),
                Prerequisite.Helm => Tool(prerequisite, Helm(), new HelmSettings(), r => r.Version(new HelmSettings())),
                Prerequisite.Kubectl => Tool(prerequisite, Kubectl(), new KubectlSettings(), r => r.Version(new KubectlSettings())),
                Prerequisite.Kubelogin => Tool(prerequisite, Kubelogin(), new KubeloginSettings(), r => r.Version(new KubeloginSettings())),
                Prerequisite.Az => Tool(prerequisite, Az(), new AzSettings(), r => r.Version(new AzSettings())),
                Prerequisite.AzureLogin => Login(),
                Prerequisite.Npm => Npm(),
                _ => throw new ArgumentOutOfRangeException(nameof(prerequisite)),
            };
        }
        catch (Exception exception) when (exception is ToolFailedException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return new(prerequisite, false, "-", "-", exception.Message);
        }
    }

    private static PrerequisiteStatus Tool<TRunner, TSettings>(Prerequisite prerequisite, TRunner runner, TSettings settings, Func<TRunner, string> version)
        where TRunner : CommandLineTool<TSettings>
        where TSettings : Cake.Core.Tooling.ToolSettings
    {
        var path = runner.Locate(settings);
        return path is null
            ? new(prerequisite, false, "-", "-", runner.Descriptor.InstallHint)
            : new(prerequisite, true, version(runner), path.FullPath, string.Empty);
    }

    private PrerequisiteStatus Login()
    {
        var az = Az();
        if (az.Locate(new AzSettings()) is null)
        {
            return new(Prerequisite.AzureLogin, false, "-", "-", "install the Azure CLI first");
        }

        try
        {
            var account = az.AccountShow(new AzAccountShowSettings());
            return new(Prerequisite.AzureLogin, true, account.User?.Name ?? "signed in", $"{account.Name} ({account.Id})", string.Empty);
        }
        catch (ToolFailedException)
        {
            return new(Prerequisite.AzureLogin, false, "-", "-", "run 'az login' (or use a pipeline identity) and 'az account set --subscription <id>'");
        }
    }

    private PrerequisiteStatus Npm()
    {
        var path = context.Tools.Resolve(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
        return path is null
            ? new(Prerequisite.Npm, false, "-", "-", "install Node.js and npm (https://nodejs.org)")
            : new(Prerequisite.Npm, true, "found", path.FullPath, string.Empty);
    }

    private AzRunner Az() => new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);

    private BicepRunner Bicep() => new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);

    private HelmRunner Helm() => new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);

    private KubeloginRunner Kubelogin() => new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);

    private KubectlRunner Kubectl() => new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
