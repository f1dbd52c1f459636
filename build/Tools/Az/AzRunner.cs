using System.Text.Json;
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
    /// <summary>azure-cli's exit code for a resource that does not exist (ResourceNotFoundError).</summary>
    public const int ResourceNotFoundExitCode = 3;

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

    public AzDeployment DeploymentGroupCreate(AzDeploymentGroupCreateSettings settings) =>
        CaptureJson<AzDeployment>(settings, DeploymentCommand(settings, "create"));

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
        return ShowOrNull(settings, arguments) is { } json ? ParseJson<AzDeployment>(json, arguments) : null;
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

    /// <summary>
    /// Imports an image into the registry. Azure runs the import (Microsoft.ContainerRegistry importImage), so it
    /// works while the registry refuses this machine's network; without --force a tag that is already there is
    /// refused with "Tag … already exists in target registry", which means present.
    /// </summary>
    public AzAcrImportOutcome AcrImport(AzAcrImportSettings settings)
    {
        var arguments = Command(settings, "acr", "import");
        arguments.Append("--name").AppendQuoted(settings.Registry);
        arguments.Append("--source").AppendQuoted(settings.Source);
        arguments.Append("--image").AppendQuoted(settings.Image);
        if (settings.Force)
        {
            arguments.Append("--force");
        }

        var output = Capture(settings, arguments, acceptFailure: true);
        if (output.Succeeded)
        {
            return AzAcrImportOutcome.Imported;
        }

        return output.StandardError.Contains("already exists in target registry", StringComparison.OrdinalIgnoreCase)
            ? AzAcrImportOutcome.AlreadyPresent
            : throw new ToolFailedException(Descriptor.Name, output.ExitCode, arguments.RenderSafe(), ErrorText.Trim(output.StandardError));
    }

    public AzKeyVault KeyVaultShow(AzKeyVaultSettings settings) =>
        CaptureJson<AzKeyVault>(settings, Named(settings, settings.Name, "keyvault", "show"));

    /// <summary>The soft-deleted vault of that name, or null when there is none.</summary>
    public AzDeletedKeyVault? KeyVaultShowDeleted(AzKeyVaultSettings settings)
    {
        var arguments = Named(settings, settings.Name, "keyvault", "show-deleted");
        return ShowOrNull(settings, arguments) is { } json ? ParseJson<AzDeletedKeyVault>(json, arguments) : null;
    }

    public void KeyVaultPurge(AzKeyVaultSettings settings)
    {
        var arguments = Named(settings, settings.Name, "keyvault", "purge");
        if (settings.Location is not null)
        {
            arguments.Append("--location").AppendQuoted(settings.Location);
        }

        Capture(settings, arguments);
    }

    public void KeyVaultNetworkRuleAdd(AzKeyVaultNetworkRuleSettings settings) => Capture(settings, NetworkRule(settings, "add"));

    public void KeyVaultNetworkRuleRemove(AzKeyVaultNetworkRuleSettings settings) => Capture(settings, NetworkRule(settings, "remove"));

    public AzRoleAssignment RoleAssignmentCreate(AzRoleAssignmentCreateSettings settings)
    {
        var arguments = Command(settings, "role", "assignment", "create");
        arguments.Append("--assignee-object-id").AppendQuoted(settings.AssigneeObjectId);
        arguments.Append("--assignee-principal-type").AppendQuoted(settings.AssigneePrincipalType);
        arguments.Append("--role").AppendQuoted(settings.Role);
        arguments.Append("--scope").AppendQuoted(settings.Scope);
        if (settings.Description is not null)
        {
            arguments.Append("--description").AppendQuoted(settings.Description);
        }

        return CaptureJson<AzRoleAssignment>(settings, arguments);
    }

    public IReadOnlyList<AzRoleAssignment> RoleAssignmentList(AzRoleAssignmentListSettings settings)
    {
        var arguments = Command(settings, "role", "assignment", "list");
        arguments.Append("--scope").AppendQuoted(settings.Scope);
        if (settings.Assignee is not null)
        {
            arguments.Append("--assignee").AppendQuoted(settings.Assignee);
        }

        if (settings.AssigneeObjectId is not null)
        {
            arguments.Append("--assignee-object-id").AppendQuoted(settings.AssigneeObjectId);
        }

        if (settings.Role is not null)
        {
            arguments.Append("--role").AppendQuoted(settings.Role);
        }

        return CaptureJson<List<AzRoleAssignment>>(settings, arguments);
    }

    public void RoleAssignmentDelete(AzRoleAssignmentDeleteSettings settings)
    {
        if (settings.Ids.Count == 0)
        {
            return;
        }

        var arguments = Command(settings, "role", "assignment", "delete");
        arguments.Append("--ids");
        foreach (var id in settings.Ids)
        {
            arguments.AppendQuoted(id);
        }

        Capture(settings, arguments);
    }

    /// <summary>
    /// An access token for Azure Resource Manager, read only to learn who the CLI is signed in as. Its output is
    /// never echoed: a parse failure names the command, not what it printed.
    /// </summary>
    public AzAccessToken AccountGetAccessToken(AzSettings settings)
    {
        var arguments = Command(settings, "account", "get-access-token");
        var output = Capture(settings, arguments);
        try
        {
            return JsonSerializer.Deserialize<AzAccessToken>(output.StandardOutput, Json) ?? throw new JsonException("empty");
        }
        catch (JsonException)
        {
            throw new ToolFailedException(Descriptor.Name, 0, arguments.RenderSafe(), "its output is not the JSON expected (an access token): sign in again with az login");
        }
    }

    /// <summary>The signed-in identity: its object id from its own token, its kind from the account (no Microsoft Graph call).</summary>
    public AzPrincipal SignedInPrincipal(AzSettings settings) =>
        AzPrincipal.From(AccountGetAccessToken(settings), AccountShow(new AzAccountShowSettings { Subscription = settings.Subscription }));

    public AzResourceGroup? GroupShow(AzGroupShowSettings settings)
    {
        var arguments = Command(settings, "group", "show");
        arguments.Append("--name").AppendQuoted(settings.Name);
        return ShowOrNull(settings, arguments) is { } json ? ParseJson<AzResourceGroup>(json, arguments) : null;
    }

    public AzApplicationGateway? ApplicationGatewayShow(AzApplicationGatewayShowSettings settings)
    {
        var arguments = Command(settings, "network", "application-gateway", "show");
        arguments.Append("--resource-group").AppendQuoted(settings.ResourceGroup);
        arguments.Append("--name").AppendQuoted(settings.Name);
        return ShowOrNull(settings, arguments) is { } json ? ParseJson<AzApplicationGateway>(json, arguments) : null;
    }

    public IReadOnlyList<AzUsage> VmListUsage(AzLocationSettings settings)
    {
        var arguments = Command(settings, "vm", "list-usage");
        arguments.Append("--location").AppendQuoted(settings.Location);
        return CaptureJson<List<AzUsage>>(settings, arguments);
    }

    public IReadOnlyList<AzVmSku> VmListSkus(AzLocationSettings settings)
    {
        var arguments = Command(settings, "vm", "list-skus");
        arguments.Append("--location").AppendQuoted(settings.Location);
        arguments.Append("--resource-type").Append("virtualMachines");
        if (settings.Size is not null)
        {
            arguments.Append("--size").AppendQuoted(settings.Size);
        }

        return CaptureJson<List<AzVmSku>>(settings, arguments);
    }

    public AzAksVersions AksGetVersions(AzLocationSettings settings)
    {
        var arguments = Command(settings, "aks", "get-versions");
        arguments.Append("--location").AppendQuoted(settings.Location);
        return CaptureJson<AzAksVersions>(settings, arguments);
    }

    public void TagUpdate(AzTagUpdateSettings settings)
    {
        var arguments = Command(settings, "tag", "update");
        arguments.Append("--resource-id").AppendQuoted(settings.ResourceId);
        arguments.Append("--operation").Append(settings.Operation.ToString());
        AppendTags(arguments, settings.Tags);
        Capture(settings, arguments);
    }

    /// <summary>
    /// Runs a show command: its JSON, or null when az says the thing does not exist — exit code 3, which azure-cli
    /// gives every ResourceNotFoundError (src/azure-cli-core/azure/cli/core/azclierror.py), or its not-found texts.
    /// </summary>
    private string? ShowOrNull(AzSettings settings, ProcessArgumentBuilder arguments)
    {
        var output = Capture(settings, arguments, acceptFailure: true);
        if (output.Succeeded)
        {
            return output.StandardOutput;
        }

        if (output.ExitCode == ResourceNotFoundExitCode ||
            output.StandardError.Contains("NotFound)", StringComparison.Ordinal) ||
            output.StandardError.Contains("could not be found", StringComparison.OrdinalIgnoreCase) ||
            output.StandardError.Contains("No deleted Vault or HSM was found", StringComparison.Ordinal))
        {
            return null;
        }

        throw new ToolFailedException(Descriptor.Name, output.ExitCode, arguments.RenderSafe(), ErrorText.Trim(output.StandardError));
    }

    private static ProcessArgumentBuilder Named(AzSettings settings, string name, params string[] words)
    {
        var arguments = Command(settings, words);
        arguments.Append("--name").AppendQuoted(name);
        return arguments;
    }

    private static ProcessArgumentBuilder NetworkRule(AzKeyVaultNetworkRuleSettings settings, string verb)
    {
        var arguments = Named(settings, settings.Name, "keyvault", "network-rule", verb);
        if (settings.ResourceGroup is not null)
        {
            arguments.Append("--resource-group").AppendQuoted(settings.ResourceGroup);
        }

        arguments.Append("--ip-address").AppendQuoted(settings.IpAddress);
        return arguments;
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
