using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Az;

/// <summary>
/// The Azure CLI commands the suite uses. Output is always requested as JSON and read into records;
/// <c>--only-show-errors</c> keeps warnings out of what is parsed.
/// </summary>
public sealed class AzRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<AzSettings>(fileSystem, environment, processRunner, tools)
{
    public override ToolDescriptor Descriptor => ToolDescriptor.Az;

    public AzAccount AccountShow(AzAccountShowSettings settings) =>
        CaptureJson<AzAccount>(settings, Command(settings, "account", "show"));

    public string Version(AzSettings settings)
    {
        var output = Capture(settings, Command(settings, "version"));
        return ParseJson<Dictionary<string, object>>(output.StandardOutput, Command(settings, "version"))
            .TryGetValue("azure-cli", out var version) ? version.ToString() ?? "unknown" : "unknown";
    }

    public AzResourceGroup GroupCreate(AzGroupCreateSettings settings)
    {
        var arguments = Command(settings, "group", "create");
        arguments.Append("--name").AppendQuoted(settings.Name);
        arguments.Append("--location").AppendQuoted(settings.Location);
        AppendTags(arguments, settings.Tags);
        return CaptureJson<AzResourceGroup>(settings, arguments);
    }

    public bool GroupExists(AzGroupExistsSettings settings)
    {
        var arguments = Command(settings, "group", "exists");
        arguments.Append("--name").AppendQuoted(settings.Name);
        return CaptureJson<bool>(settings, arguments);
    }

    public void GroupDelete(AzGroupDeleteSettings settings)
    {
        var arguments = Command(settings, "group", "delete");
        arguments.Append("--name").AppendQuoted(settings.Name);
        arguments.Append("--yes");
        if (settings.NoWait)
        {
            arguments.Append("--no-wait");
        }

        Capture(settings, arguments);
    }

    public AzDeployment DeploymentGroupCreate(AzDeploymentGroupCreateSettings settings)
    {
        var arguments = DeploymentCommand(settings, "create");
        AppendTags(arguments, settings.Tags);
        return CaptureJson<AzDeployment>(settings, arguments);
    }

    public AzWhatIfResult DeploymentGroupWhatIf(AzDeploymentGroupWhatIfSettings settings)
    {
        var arguments = DeploymentCommand(settings, "what-if");
        arguments.Append("--no-pretty-print");
        return CaptureJson<AzWhatIfResult>(settings, arguments);
    }

    /// <summary>The deployment, or null when there is none of that name (or no such group) yet.</summary>
    public AzDeployment? DeploymentGroupShow(AzDeploymentGroupShowSettings settings)
    {
        var arguments = Command(settings, "deployment", "group", "show");
        arguments.Append("--resource-group").AppendQuoted(settings.ResourceGroup);
        arguments.Append("--name").AppendQuoted(settings.Name);
        var output = Capture(settings, arguments, acceptFailure: true);
        if (output.Succeeded)
        {
            return ParseJson<AzDeployment>(output.StandardOutput, arguments);
        }

        if (output.StandardError.Contains("NotFound", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        throw new ToolFailedException(Descriptor.Name, output.ExitCode, arguments.RenderSafe(), ErrorText.Trim(output.StandardError));
    }

    public void AksGetCredentials(AzAksGetCredentialsSettings settings)
    {
        var arguments = Command(settings, "aks", "get-credentials");
        arguments.Append("--resource-group").AppendQuoted(settings.ResourceGroup);
        arguments.Append("--name").AppendQuoted(settings.Name);
        if (settings.File is not null)
        {
            arguments.Append("--file").AppendQuoted(settings.File.MakeAbsolute(Environment).FullPath);
        }

        if (settings.OverwriteExisting)
        {
            arguments.Append("--overwrite-existing");
        }

        Capture(settings, arguments);
    }

    private static ProcessArgumentBuilder Command(AzSettings settings, params string[] words)
    {
        var arguments = new ProcessArgumentBuilder();
        foreach (var word in words)
        {
            arguments.Append(word);
        }

        if (settings.Subscription is not null)
        {
            arguments.Append("--subscription").AppendQuoted(settings.Subscription);
        }

        arguments.Append("--only-show-errors");
        arguments.Append("--output").Append("json");
        return arguments;
    }

    private ProcessArgumentBuilder DeploymentCommand(AzDeploymentGroupSettings settings, string verb)
    {
        var arguments = Command(settings, "deployment", "group", verb);
        arguments.Append("--resource-group").AppendQuoted(settings.ResourceGroup);
        arguments.Append("--name").AppendQuoted(settings.Name);
        if (settings.TemplateFile is not null)
        {
            arguments.Append("--template-file").AppendQuoted(settings.TemplateFile.MakeAbsolute(Environment).FullPath);
        }

        if (settings.ParametersFile is not null)
        {
            arguments.Append("--parameters").AppendQuoted(settings.ParametersFile.MakeAbsolute(Environment).FullPath);
        }

        foreach (var (name, value) in settings.Parameters)
        {
            arguments.Append("--parameters").AppendQuoted($"{name}={value}");
        }

        foreach (var (name, value) in settings.SecureParameters)
        {
            arguments.Append("--parameters").Append(new NamedSecretArgument(name, value));
        }

        return arguments;
    }

    private static void AppendTags(ProcessArgumentBuilder arguments, IDictionary<string, string> tags)
    {
        if (tags.Count == 0)
        {
            return;
        }

        arguments.Append("--tags");
        foreach (var (name, value) in tags)
        {
            arguments.AppendQuoted($"{name}={value}");
        }
    }
}
