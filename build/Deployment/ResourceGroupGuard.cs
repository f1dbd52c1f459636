using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>Whether a stage's resource group exists, and creating it (tagged with the workload and environment) when it does not.</summary>
public sealed class ResourceGroupGuard(DeploymentSession session)
{
    public bool Exists(string name) =>
        session.Retry.Execute($"Checking {name}", () => session.Context.AzGroupExists(new AzGroupExistsSettings { Name = name, Subscription = session.Options.Subscription }));

    public void Ensure(string name)
    {
        if (Exists(name))
        {
            return;
        }

        var settings = new AzGroupCreateSettings { Name = name, Location = session.Settings.Location, Subscription = session.Options.Subscription };
        settings.Tags["workload"] = "aks-baseline";
        settings.Tags["environment"] = session.Layout.Environment;
        session.Retry.Execute($"Creating {name}", () => session.Context.AzGroupCreate(settings));
        session.Log.Information($"Created resource group {name} in {session.Settings.Location}.");
    }
}
