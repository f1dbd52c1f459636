using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Takes an environment away: deletes the cluster, spoke and hub resource groups (in that order, so nothing
/// is left peered to a deleted network), purges the soft-deleted Key Vault so its name can be used again,
/// and removes the role assignments left at the environment's scopes. Scopes are matched exactly — the
/// groups' own and those the templates assign roles at — never by prefix, so another group whose name starts
/// the same is never touched.
/// </summary>
public sealed class Destroyer(DeploymentSession session, ProgressReporter progress)
{
    private RetryPolicy Retry => session.RetryOutsideDeploy;

    public void Destroy()
    {
        var groups = Stage.All.Reverse().Select(stage => session.Settings.ResourceGroup(stage)).ToList();
        if (groups.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException($"{session.Layout.EnvironmentSettingsFile.FullPath} names an empty resource group: Destroy deletes nothing rather than guess.");
        }

        var keyVault = KeyVaultName();
        var account = Retry.Execute("Reading the Azure session", () => session.Context.AzAccountShow(new AzAccountShowSettings { Subscription = session.Options.Subscription }));
        var leftovers = Scopes(account.Id, groups).SelectMany(scope => Retry.Execute($"Listing role assignments at {scope}", () => session.Context.AzRoleAssignmentList(new AzRoleAssignmentListSettings
            {
                Scope = scope,
                Subscription = session.Options.Subscription,
            })))
            .Select(a => a.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        foreach (var group in groups)
        {
            DeleteGroup(group);
        }

        if (keyVault is not null)
        {
            Purge(keyVault);
        }

        RemoveRoleAssignments(leftovers);
    }

    /// <summary>Read before the deletion: afterwards there is no deployment to read it from.</summary>
    private string? KeyVaultName()
    {
        if (!session.OutputsAreKnown(Stage.Cluster))
        {
            session.Log.Information("No cluster deployment to read the Key Vault name from: nothing to purge.");
            return null;
        }

        var outputs = session.OutputsOf(Stage.Cluster);
        return outputs.All.ContainsKey(OutputNames.KeyVaultName) ? outputs.GetString(OutputNames.KeyVaultName) : null;
    }

    /// <summary>The groups' scopes and every scope the committed snapshots predict a role assignment at.</summary>
    private IEnumerable<string> Scopes(string subscription, IEnumerable<string> groups)
    {
        var scopes = groups.Select(group => $"/subscriptions/{subscription}/resourceGroups/{group}").ToList();
        foreach (var stage in Stage.All)
        {
            var snapshot = session.Layout.Snapshot(stage).FullPath;
            if (!File.Exists(snapshot))
            {
                continue;
            }

            foreach (var assignment in BicepSnapshot.Load(snapshot).PredictedResources.Where(r => string.Equals((string?)r["type"], "Microsoft.Authorization/roleAssignments", StringComparison.OrdinalIgnoreCase)))
            {
                var id = (string?)assignment["id"] ?? string.Empty;
                var index = id.IndexOf("/providers/Microsoft.Authorization/roleAssignments/", StringComparison.OrdinalIgnoreCase);
                if (index > 0)
                {
                    scopes.Add(ReplaceSubscription(id[..index], subscription));
                }
            }
        }

        return scopes.Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private void DeleteGroup(string name)
    {
        var exists = Retry.Execute($"Checking {name}", () => session.Context.AzGroupExists(new AzGroupExistsSettings { Name = name, Subscription = session.Options.Subscription }));
        if (!exists)
        {
            session.Log.Information($"{name} does not exist: nothing to delete.");
            return;
        }

        progress.Run(
            $"Deleting resource group {name}",
            () =>
            {
                Retry.Execute($"Deleting {name}", () => session.Context.AzGroupDelete(new AzGroupDeleteSettings { Name = name, Subscription = session.Options.Subscription }));
                return true;
            });
    }

    private void Purge(string keyVault)
    {
        var deleted = Retry.Execute($"Looking for the deleted vault {keyVault}", () => session.Context.AzKeyVaultShowDeleted(new AzKeyVaultSettings { Name = keyVault, Subscription = session.Options.Subscription }));
        if (deleted is null)
        {
            session.Log.Information($"Key Vault {keyVault} is not soft-deleted: nothing to purge.");
            return;
        }

        Retry.Execute($"Purging {keyVault}", () => session.Context.AzKeyVaultPurge(new AzKeyVaultSettings
        {
            Name = keyVault,
            Location = deleted.Properties.Location ?? session.Settings.Location,
            Subscription = session.Options.Subscription,
        }));
        session.Log.Information($"Purged the soft-deleted Key Vault {keyVault}: its name can be used again.");
    }

    private void RemoveRoleAssignments(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var settings = new AzRoleAssignmentDeleteSettings { Subscription = session.Options.Subscription };
        foreach (var id in ids)
        {
            settings.Ids.Add(id);
        }

        Retry.Execute("Removing the role assignments left at the deleted scopes", () => session.Context.AzRoleAssignmentDelete(settings));
        session.Log.Information($"Removed {ids.Count} role assignment(s) left at the environment's scopes.");
    }

    /// <summary>bicep snapshot evaluates with a placeholder subscription id; the real one replaces it.</summary>
    private static string ReplaceSubscription(string id, string subscription)
    {
        var parts = id.Split('/');
        var index = Array.FindIndex(parts, p => p.Equals("subscriptions", StringComparison.OrdinalIgnoreCase));
        if (index >= 0 && index + 1 < parts.Length)
        {
            parts[index + 1] = subscription;
        }

        return string.Join('/', parts);
    }
}
