using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Copies the images the cluster runs into its registry, so nodes pull only through Private Link.
/// An image already there is left alone; registry rate limits are retried.
/// </summary>
public sealed class ImageImporter(BuildContext context, DeploymentSession session, DeployedLayer layer)
{
    public void Import()
    {
        var registry = layer.Outputs.GetString(OutputNames.AcrName);
        foreach (var image in layer.Layer.Images)
        {
            var present = session.Retry.Execute($"Looking for {image.Target} in {registry}", () => context.AzAcrImageExists(new AzAcrRepositoryShowSettings
            {
                Registry = registry,
                Image = image.Target,
                Subscription = session.Options.Subscription,
            }));
            if (present)
            {
                context.Log.Information($"{registry} already has {image.Target}.");
                continue;
            }

            session.Retry.Execute($"Importing {image.Source}", () => context.AzAcrImport(new AzAcrImportSettings
            {
                Registry = registry,
                Source = image.Source,
                Image = image.Target,
                Subscription = session.Options.Subscription,
            }));
            context.Log.Information($"Imported {image.Source} into {registry} as {image.Target}.");
        }
    }
}
