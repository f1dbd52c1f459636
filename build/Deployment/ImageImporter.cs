using System.Security.Cryptography;
using System.Text;
using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Copies the images the cluster runs into its registry, so nodes pull only through Private Link. The
/// registry refuses this machine's network (public network access is off), so nothing asks it what it holds:
/// <c>az acr import</c> runs inside Azure, and "already exists" means present. Once every image is in, a tag
/// on the cluster's resource group (which ARM deployments leave alone) records the set, so a re-run with the
/// same images makes no call that changes anything.
/// </summary>
public sealed class ImageImporter(DeploymentSession session, DeployedLayer layer)
{
    public const string RecordTag = "aks-baseline-images";

    public void Import()
    {
        var registry = layer.Outputs.GetString(OutputNames.AcrName);
        var images = layer.Layer.Images;
        var record = Record(registry, images.Select(i => $"{i.Source}>{i.Target}"));
        var groupName = session.Settings.ResourceGroup(Stage.Cluster);
        var group = session.Retry.Execute($"Reading {groupName}", () => session.Context.AzGroupShow(new AzGroupShowSettings { Name = groupName, Subscription = session.Options.Subscription }))
            ?? throw new InvalidOperationException($"{groupName} does not exist: run Deploy without --from.");
        if (group.Tags?.GetValueOrDefault(RecordTag) == record)
        {
            session.Log.Information($"{registry} has all {images.Count} images already (recorded on {groupName}).");
            return;
        }

        foreach (var image in images)
        {
            var outcome = session.Retry.Execute($"Importing {image.Source}", () => session.Context.AzAcrImport(new AzAcrImportSettings
            {
                Registry = registry,
                Source = image.Source,
                Image = image.Target,
                Subscription = session.Options.Subscription,
            }));
            session.Log.Information(outcome == AzAcrImportOutcome.Imported
                ? $"Imported {image.Source} into {registry} as {image.Target}."
                : $"{registry} already has {image.Target}.");
        }

        var tag = new AzTagUpdateSettings { ResourceId = group.Id, Subscription = session.Options.Subscription };
        tag.Tags[RecordTag] = record;
        session.Retry.Execute($"Recording the imported images on {groupName}", () => session.Context.AzTagUpdate(tag));
    }

    /// <summary>A short hash of the registry and the images, as a tag value (at most 256 characters).</summary>
    private static string Record(string registry, IEnumerable<string> images) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(registry + "\n" + string.Join("\n", images.Order(StringComparer.Ordinal)))))[..16];
}
