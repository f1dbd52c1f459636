using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Opens the Key Vault (network default Deny, RBAC) to this machine for the length of an import:
/// an IP rule and the certificate and secret officer roles for the signed-in principal. All are
/// recorded first (a tag, a role description), closed again in Dispose, and a later run removes
/// whatever a killed run left behind.
/// </summary>
public sealed class KeyVaultTemporaryAccess : IDisposable
{
    public const string OpenAddressTag = "aks-baseline-open-ip";
    /// <summary>Certificates for the listener and ingress; secrets for the trusted root.</summary>
    public static readonly IReadOnlyList<string> DataPlaneRoles = ["Key Vault Certificates Officer", "Key Vault Secrets Officer"];
    public const string Marker = "aks-baseline: temporary access for Certificates.Import";

    private readonly BuildContext _context;
    private readonly DeploymentSession _session;
    private readonly AzKeyVault _vault;
    private readonly List<Action> _undo = [];

    private KeyVaultTemporaryAccess(BuildContext context, DeploymentSession session, AzKeyVault vault)
    {
        _context = context;
        _session = session;
        _vault = vault;
    }

    /// <summary>Removes what an earlier, interrupted import left open. Makes no call when nothing is left.</summary>
    public static void CloseLeftovers(BuildContext context, DeploymentSession session, AzKeyVault vault)
    {
        var access = new KeyVaultTemporaryAccess(context, session, vault);
        if (vault.Tags?.TryGetValue(OpenAddressTag, out var address) == true)
        {
            context.Log.Warning($"An earlier import left {vault.Name} open to {address}: closing it.");
            access.RemoveRule(address);
            access.RemoveTag();
        }

        var leftovers = session.Retry.Execute("Listing the vault's role assignments", () => context.AzRoleAssignmentList(new AzRoleAssignmentListSettings { Scope = vault.Id, Subscription = session.Options.Subscription }))
            .Where(a => a.Description == Marker && string.Equals(a.Scope, vault.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (leftovers.Count > 0)
        {
            context.Log.Warning($"An earlier import left {leftovers.Count} temporary role assignment(s) on {vault.Name}: removing them.");
            access.RemoveRoles(leftovers.Select(a => a.Id));
        }
    }

    public static KeyVaultTemporaryAccess Open(BuildContext context, DeploymentSession session, AzKeyVault vault, string callerAddress, AzPrincipal principal)
    {
        var access = new KeyVaultTemporaryAccess(context, session, vault);
        try
        {
            var rule = callerAddress + "/32";
            access.Tag(rule);
            access._undo.Add(access.RemoveTag);
            session.Retry.Execute("Opening the vault's firewall", () => context.AzKeyVaultNetworkRuleAdd(new AzKeyVaultNetworkRuleSettings { Name = vault.Name, IpAddress = rule, Subscription = session.Options.Subscription }));
            access._undo.Add(() => access.RemoveRule(rule));
            foreach (var role in DataPlaneRoles)
            {
                var assignment = session.Retry.Execute($"Granting '{role}'", () => context.AzRoleAssignmentCreate(new AzRoleAssignmentCreateSettings
                {
                    AssigneeObjectId = principal.ObjectId,
                    AssigneePrincipalType = principal.PrincipalType,
                    Role = role,
                    Scope = vault.Id,
                    Description = Marker,
                    Subscription = session.Options.Subscription,
                }));
                access._undo.Add(() => access.RemoveRoles([assignment.Id]));
            }

            context.Log.Information($"Opened {vault.Name} to {rule} and granted {string.Join(" and ", DataPlaneRoles)} to {principal.DisplayName} for the import.");
            return access;
        }
        catch
        {
            access.Dispose();
            throw;
        }
    }

    /// <summary>Closes in reverse order; every step is attempted even when one fails.</summary>
    public void Dispose()
    {
        var failures = new List<Exception>();
        foreach (var undo in Enumerable.Reverse(_undo))
        {
            try
            {
                undo();
            }
            catch (Exception exception)
            {
                failures.Add(exception);
                _context.Log.Error($"Could not close temporary access to {_vault.Name}: {exception.Message}. The next run removes it.");
            }
        }

        _undo.Clear();
        if (failures.Count == 0)
        {
            _context.Log.Information($"Closed the temporary access to {_vault.Name}.");
        }
    }

    private void Tag(string rule)
    {
        var settings = new AzTagUpdateSettings { ResourceId = _vault.Id, Subscription = _session.Options.Subscription };
        settings.Tags[OpenAddressTag] = rule;
        _session.Retry.Execute("Recording the temporary rule", () => _context.AzTagUpdate(settings));
    }

    private void RemoveTag()
    {
        var settings = new AzTagUpdateSettings { ResourceId = _vault.Id, Operation = AzTagOperation.Delete, Subscription = _session.Options.Subscription };
        settings.Tags[OpenAddressTag] = _vault.Tags?.GetValueOrDefault(OpenAddressTag) ?? string.Empty;
        _session.Retry.Execute("Removing the record of the temporary rule", () => _context.AzTagUpdate(settings));
    }

    private void RemoveRule(string rule) =>
        _session.Retry.Execute("Closing the vault's firewall", () => _context.AzKeyVaultNetworkRuleRemove(new AzKeyVaultNetworkRuleSettings { Name = _vault.Name, IpAddress = rule, Subscription = _session.Options.Subscription }));

    private void RemoveRoles(IEnumerable<string> ids)
    {
        var settings = new AzRoleAssignmentDeleteSettings { Subscription = _session.Options.Subscription };
        foreach (var id in ids)
        {
            settings.Ids.Add(id);
        }

        _session.Retry.Execute("Removing the import role", () => _context.AzRoleAssignmentDelete(settings));
    }
}
