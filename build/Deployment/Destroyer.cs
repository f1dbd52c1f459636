using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Takes an environment away: deletes the cluster, spoke and hub resource groups (in that order,
/// so nothing is left peered to a deleted network), purges the soft-deleted Key Vault so its name
/// can be used again, and removes role assignments the deletion left orphaned.
/// </summary>
public sealed class Destroyer(BuildContext context, DeploymentSession session, ProgressReporter progress)
{
    public void Destroy()
    {
        var keyVault = KeyVaultName();
        foreach (var stage in Stage.All.Reverse())
        {
            DeleteGroup(session.Settings.ResourceGroup(stage));
        }

        if (keyVault is not null)
        {
            Purge(keyVault);
        }

        RemoveOrphanedRoleAssignments();
    }

    /// <summary>Read before the deletion: afterwards there is no deployment to read it from.</summary>
    private string? KeyVaultName()
    {
        if (!session.OutputsAreKnown(Stage.Cluster))
        {
            context.Log.Information("No cluster deployment to read the Key Vault name from: nothing to purge.");
            return null;
        }

        var outputs = session.OutputsOf(Stage.Cluster);
        return outputs.All.ContainsKey(OutputNames.KeyVaultName) ? outputs.GetString(OutputNames.KeyVaultName) : null;
    }

    private void DeleteGroup(string name)
    {
        var exists = session.Retry.Execute($"Checking {name}", () => context.AzGroupExists(new AzGroupExistsSettings { Name = name, Subscription = session.Options.Subscription }));
        if (!exists)
        {
            context.Log.Information($"{name} does not exist: nothing to delete.");
            return;
        }

        progress.Run(
            $"Deleting resource group {name}",
            () =>
            {
                session.Retry.Execute($"Deleting {name}", () => context.AzGroupDelete(new AzGroupDeleteSettings { Name = name, Subscription = session.Options.Subscription }));
                return true;
            });
    }

    private void Purge(string keyVault)
    {
        var deleted = session.Retry.Execute($"Looking for the deleted vault {keyVault}", () => context.AzKeyVaultShowDeleted(new AzKeyVaultSettings { Name = keyVault, Subscription = session.Options.Subscription }));
        if (deleted is null)
        {
            context.Log.Information($"Key Vault {keyVault} is not soft-deleted: nothing to purge.");
            return;
        }

        session.Retry.Execute($"Purging {keyVault}", () => context.AzKeyVaultPurge(new AzKeyVaultSettings
        {
            Name = keyVault,
            Location = deleted.Properties.Location ?? session.Settings.Location,
            Subscription = session.Options.Subscription,
        }));
        context.Log.Information($"Purged the soft-deleted Key Vault {keyVault}: its name can be used again.");
    }

    private void RemoveOrphanedRoleAssignments()
    {
        var account = context.AzAccountShow(new AzAccountShowSettings { Subscription = session.Options.Subscription });
        var scopes = Stage.All.Select(s => $"/subscriptions/{account.Id}/resourceGroups/{session.Settings.ResourceGroup(s)}").ToList();
        var orphans = session.Retry.Execute("Listing role assignments", () => context.AzRoleAssignmentList(new AzRoleAssignmentListSettings { Scope = $"/subscriptions/{account.Id}", Subscription = session.Options.Subscription }))
            .Where(a => scopes.Any(scope => a.Scope.StartsWith(scope, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Id)
            .ToList();
        if (orphans.Count == 0)
        {
            return;
        }

        var settings = new AzRoleAssignmentDeleteSettings { Subscription = session.Options.Subscription };
        foreach (var id in orphans)
        {
            settings.Ids.Add(id);
        }

        session.Retry.Execute("Removing orphaned role assignments", () => context.AzRoleAssignmentDelete(settings));
        context.Log.Information($"Removed {orphans.Count} role assignment(s) left on the deleted resource groups.");
    }
}
