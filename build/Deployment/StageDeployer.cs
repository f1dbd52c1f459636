using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Provisions one Bicep deployment idempotently: creates its resource group if missing, deploys the
/// environment's .bicepparam with the earlier stages' outputs, and skips the deployment (no mutating call) when
/// the hash of its inputs equals the one ARM kept with its last successful deployment (the
/// <c>deploymentInputsHash</c> parameter).
/// </summary>
public sealed class StageDeployer(DeploymentSession session, ProgressReporter progress)
{
    /// <param name="name">The deployment's name; the stage's own by default.</param>
    /// <param name="overrides">Parameters given on top of the .bicepparam (part of the inputs' hash).</param>
    public void Provision(Stage stage, string taskName, string? name = null, IReadOnlyDictionary<string, string>? overrides = null)
    {
        overrides ??= new Dictionary<string, string>();
        name ??= session.DeploymentName(stage);
        var options = session.Options;
        var log = session.Log;
        if (DeployStages.IsBefore(taskName, options.From))
        {
            log.Information($"{taskName}: skipped (--from={options.From}); re-reading its outputs.");
            session.OutputsOf(stage);
            return;
        }

        var upstream = Upstream(stage);
        var hash = StageInputs.Hash(session.Layout, stage, upstream.Concat(overrides.Select(o => KeyValuePair.Create("parameter:" + o.Key, o.Value))).ToDictionary());
        var resourceGroup = session.Settings.ResourceGroup(stage);
        var existing = session.Deployment(stage, name);
        if (!options.Force && DeploymentSession.IsSucceeded(existing) && existing!.Parameter(DeploymentNames.InputsParameter) == hash)
        {
            log.Information($"{taskName}: {name} is up to date (inputs {hash} unchanged): nothing to deploy. Use --force to deploy anyway.");
            session.Record(stage, existing.Outputs);
            return;
        }

        new ResourceGroupGuard(session).Ensure(resourceGroup);
        var settings = new AzDeploymentGroupCreateSettings
        {
            ResourceGroup = resourceGroup,
            Name = name,
            ParametersFile = session.Layout.Parameters(stage),
            Subscription = options.Subscription,
            EnvironmentVariables = new Dictionary<string, string>(upstream),
        };
        foreach (var (parameter, value) in overrides)
        {
            settings.Parameters[parameter] = value;
        }

        settings.Parameters[DeploymentNames.InputsParameter] = hash;
        var deployment = progress.Run(
            $"{taskName}: deploying {name} to {resourceGroup}",
            () => session.Retry.Execute(taskName, () => session.Context.AzDeploymentGroupCreate(settings)));
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
}
