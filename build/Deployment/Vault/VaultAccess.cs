using System.Net;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment.Vault;

/// <summary>
/// The Key Vault's doors for the signed-in identity (network default Deny, Azure RBAC): a standing Key Vault
/// Reader assignment, so that every later run reads what the vault holds without changing anything; the
/// certificate and secret officer roles only while something is imported; and a firewall rule for this
/// machine only when the vault's rules (the operators' ranges) do not admit it. Each assignment the suite makes
/// says so in its description; only this identity's own are ever removed, and only those this run created.
/// </summary>
public sealed class VaultAccess(DeploymentSession session, AzKeyVault vault, AzPrincipal principal, string callerAddress)
{
    public const string ReaderRole = "Key Vault Reader";

    /// <summary>Certificates for the listener and ingress; secrets for the trusted root.</summary>
    public static readonly IReadOnlyList<string> WriterRoles = ["Key Vault Certificates Officer", "Key Vault Secrets Officer"];

    public const string ReaderMarker = "aks-baseline: lets the deploying identity read certificate metadata (Certificates.Import)";
    public const string WriterMarker = "aks-baseline: temporary access for Certificates.Import";

    private ICakeLog Log => session.Log;

    public string Caller => $"{principal.DisplayName} (object id {principal.ObjectId}) from {callerAddress}";

    /// <summary>True when the vault's own rules let this machine in (it is in the operators' ranges).</summary>
    public bool Admits => vault.Properties.NetworkAcls is not { DefaultAction: "Deny" } acls || (acls.IpRules ?? []).Any(rule => Contains(rule.Value, callerAddress));

    /// <summary>Grants Key Vault Reader once; returns true when it was granted now (it then takes a while to apply).</summary>
    public bool EnsureReader()
    {
        var held = session.Retry.Execute($"Reading this identity's roles on {vault.Name}", () => session.Context.AzRoleAssignmentList(new AzRoleAssignmentListSettings
        {
            Scope = vault.Id,
            AssigneeObjectId = principal.ObjectId,
            Role = ReaderRole,
            Subscription = session.Options.Subscription,
        }));
        if (held.Count > 0)
        {
            return false;
        }

        Create(ReaderRole, ReaderMarker);
        Log.Information($"Granted {ReaderRole} on {vault.Name} to {principal.DisplayName}: later runs read the vault's certificates without changing anything.");
        return true;
    }

    /// <summary>Removes what an interrupted import of this identity left: its temporary roles, and firewall rules the template does not declare.</summary>
    public void CloseLeftovers(IReadOnlyCollection<string> declaredRules)
    {
        foreach (var rule in (vault.Properties.NetworkAcls?.IpRules ?? []).Select(r => r.Value).Where(rule => !declaredRules.Any(declared => SameRange(declared, rule))))
        {
            Log.Warning($"{vault.Name} admits {rule}, which its template does not declare (an earlier import was interrupted): closing it.");
            RemoveRule(rule);
        }

        var leftovers = session.Retry.Execute($"Listing this identity's roles on {vault.Name}", () => session.Context.AzRoleAssignmentList(new AzRoleAssignmentListSettings
            {
                Scope = vault.Id,
                AssigneeObjectId = principal.ObjectId,
                Subscription = session.Options.Subscription,
            }))
            .Where(a => a.Description == WriterMarker && Mine(a))
            .ToList();
        if (leftovers.Count > 0)
        {
            Log.Warning($"An earlier import left {leftovers.Count} temporary role assignment(s) of {principal.DisplayName} on {vault.Name}: removing them.");
            RemoveRoles(leftovers.Select(a => a.Id));
        }
    }

    /// <summary>Opens the firewall to this machine for the scope's lifetime, unless the vault's rules already admit it.</summary>
    public IDisposable AdmitThisMachine()
    {
        if (Admits)
        {
            return new Undo(Log, vault.Name, []);
        }

        var rule = callerAddress + "/32";
        session.Retry.Execute("Opening the vault's firewall", () => session.Context.AzKeyVaultNetworkRuleAdd(new AzKeyVaultNetworkRuleSettings { Name = vault.Name, IpAddress = rule, Subscription = session.Options.Subscription }));
        Log.Information($"Opened {vault.Name}'s firewall to {rule} for this step.");
        return new Undo(Log, vault.Name, [() => RemoveRule(rule)]);
    }

    /// <summary>The officer roles for the scope's lifetime; an assignment that was there before (not made by this run) is left alone.</summary>
    public IDisposable GrantWriters()
    {
        var undo = new List<Action>();
        try
        {
            foreach (var role in WriterRoles)
            {
                var assignment = Create(role, WriterMarker);
                if (assignment.Description == WriterMarker && Mine(assignment))
                {
                    undo.Add(() => RemoveRoles([assignment.Id]));
                }
            }
        }
        catch
        {
            new Undo(Log, vault.Name, undo).Dispose();
            throw;
        }

        Log.Information($"Granted {string.Join(" and ", WriterRoles)} on {vault.Name} to {principal.DisplayName} for the import.");
        return new Undo(Log, vault.Name, undo);
    }

    private AzRoleAssignment Create(string role, string description) =>
        session.Retry.Execute($"Granting '{role}' on {vault.Name}", () => session.Context.AzRoleAssignmentCreate(new AzRoleAssignmentCreateSettings
        {
            AssigneeObjectId = principal.ObjectId,
            AssigneePrincipalType = principal.PrincipalType,
            Role = role,
            Scope = vault.Id,
            Description = description,
            Subscription = session.Options.Subscription,
        }));

    private bool Mine(AzRoleAssignment assignment) =>
        string.Equals(assignment.PrincipalId, principal.ObjectId, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(assignment.Scope, vault.Id, StringComparison.OrdinalIgnoreCase);

    private void RemoveRule(string rule) =>
        session.Retry.Execute("Closing the vault's firewall", () => session.Context.AzKeyVaultNetworkRuleRemove(new AzKeyVaultNetworkRuleSettings { Name = vault.Name, IpAddress = rule, Subscription = session.Options.Subscription }));

    private void RemoveRoles(IEnumerable<string> ids)
    {
        var settings = new AzRoleAssignmentDeleteSettings { Subscription = session.Options.Subscription };
        foreach (var id in ids)
        {
            settings.Ids.Add(id);
        }

        session.Retry.Execute("Removing the import roles", () => session.Context.AzRoleAssignmentDelete(settings));
    }

    private static bool Contains(string rule, string address) =>
        IPNetwork.TryParse(rule.Contains('/') ? rule : rule + "/32", out var network) && IPAddress.TryParse(address, out var ip) && network.Contains(ip);

    private static bool SameRange(string a, string b) =>
        string.Equals(a.Replace("/32", string.Empty, StringComparison.Ordinal), b.Replace("/32", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>Undoes in reverse order; every step is attempted even when one fails.</summary>
    private sealed class Undo(ICakeLog log, string vault, List<Action> steps) : IDisposable
    {
        public void Dispose()
        {
            var failed = false;
            foreach (var step in Enumerable.Reverse(steps))
            {
                try
                {
                    step();
                }
                catch (Exception exception)
                {
                    failed = true;
                    log.Error($"Could not close temporary access to {vault}: {exception.Message}. The next run removes it.");
                }
            }

            if (steps.Count > 0 && !failed)
            {
                log.Information($"Closed the temporary access to {vault}.");
            }

            steps.Clear();
        }
    }
}
