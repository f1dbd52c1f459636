using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Provisions one Bicep deployment idempotently: creates its resource group if missing, deploys the
/// environment's .bicepparam with the earlier stages' outputs, and skips the deployment (no mutating
/// call) when the inputs' hash equals the one recorded on the last successful deployment.
/// </summary>
public sealed class StageDeployer(BuildContext context, DeploymentSession session, ProgressReporter progress)
{
    /// <param name="overrides">Parameters given on top of the .bicepparam (part of the inputs' hash).</param>
    public void Provision(Stage stage, string taskName, IReadOnlyDictionary<string, string>? overrides = null)
    {
        overrides ??= new Dictionary<string, string>();
        var options = session.Options;
        if (DeployStages.IsBefore(taskName, options.From))
        {
            context.Log.Information($"{taskName}: skipped (--from={options.From}); re-reading its outputs.");
            session.OutputsOf(stage);
            return;
        }

        var upstream = Upstream(stage);
        var hash = StageInputs.Hash(session.Layout, stage, upstream.Concat(overrides.Select(o => KeyValuePair.Create("parameter:" + o.Key, o.Value))).ToDictionary());
        var resourceGroup = session.Settings.ResourceGroup(stage);
        var name = session.DeploymentName(stage);

        var existing = session.Retry.Execute($"Reading {name}", () => context.AzDeploymentGroupShow(new AzDeploymentGroupShowSettings
        {
            ResourceGroup = resourceGroup,
            Name = name,
            Subscription = options.Subscription,
        }));
        if (!options.Force && IsUpToDate(existing, hash))
        {
            context.Log.Information($"{taskName}: {name} is up to date (inputs {hash} unchanged): nothing to deploy. Use --force to deploy anyway.");
            session.Record(stage, existing!.Outputs);
            return;
        }

        EnsureResourceGroup(resourceGroup);
        var settings = new AzDeploymentGroupCreateSettings
        {
            ResourceGroup = resourceGroup,
            Name = name,
            ParametersFile = session.Layout.Parameters(stage),
            Subscription = options.Subscription,
            EnvironmentVariables = new Dictionary<string, string>(upstream),
        };
        settings.Tags[DeploymentNames.InputsTag] = hash;
        foreach (var (parameter, value) in overrides)
        {
            settings.Parameters[parameter] = value;
        }

        var deployment = progress.Run(
            $"{taskName}: deploying {name} to {resourceGroup}",
            () => session.Retry.Execute(taskName, () => context.AzDeploymentGroupCreate(settings)));
        session.Record(stage, deployment.Outputs);
    }

    private IReadOnlyDictionary<string, string> Upstream(Stage stage)
    {
        if (stage.Order == 1)
        {
            return new Dictionary<string, string>();
        }

        var earlier = session.OutputsUpTo(Stage.All.Single(s => s.Order == stage.Order - 1));
        return UpstreamVariables.From(earlier.Names.Select(n => KeyValuePair.Create(n, earlier.Get(n))));
    }

    private static bool IsUpToDate(AzDeployment? deployment, string hash) =>
        deployment is not null &&
        string.Equals(deployment.Properties.ProvisioningState, "Succeeded", StringComparison.OrdinalIgnoreCase) &&
        deployment.Tags is not null &&
        deployment.Tags.TryGetValue(DeploymentNames.InputsTag, out var recorded) &&
        recorded == hash;

    private void EnsureResourceGroup(string name)
    {
        var exists = session.Retry.Execute($"Checking {name}", () => context.AzGroupExists(new AzGroupExistsSettings { Name = name, Subscription = session.Options.Subscription }));
        if (exists)
        {
            return;
        }

        var settings = new AzGroupCreateSettings { Name = name, Location = session.Settings.Location, Subscription = session.Options.Subscription };
        settings.Tags["workload"] = "aks-baseline";
        settings.Tags["environment"] = session.Layout.Environment;
        session.Retry.Execute($"Creating {name}", () => context.AzGroupCreate(settings));
        context.Log.Information($"Created resource group {name} in {session.Settings.Location}.");
    }
}
