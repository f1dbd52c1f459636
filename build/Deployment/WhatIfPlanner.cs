using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Tools.Az;

namespace Build.Deployment;

/// <summary>
/// Previews every deployment with <c>az deployment group what-if</c>, read-only. A stage whose
/// resource group does not exist yet is previewed from its committed snapshot: everything is created.
/// </summary>
public sealed class WhatIfPlanner(BuildContext context, DeploymentSession session)
{
    public IReadOnlyList<StagePlan> Plan() => Stage.All.Select(PlanStage).ToList();

    private StagePlan PlanStage(Stage stage)
    {
        var resourceGroup = session.Settings.ResourceGroup(stage);
        var exists = session.Retry.Execute($"Checking {resourceGroup}", () => context.AzGroupExists(new AzGroupExistsSettings { Name = resourceGroup, Subscription = session.Options.Subscription }));
        if (!exists)
        {
            var predicted = BicepSnapshot.Load(session.Layout.Snapshot(stage).FullPath).PredictedResources
                .Select(r => new PlannedChange($"{(string?)r["type"]}/{(string?)r["name"]}", "Create"))
                .ToList();
            return new StagePlan(stage, $"{resourceGroup} does not exist yet: everything in the snapshot is created", predicted);
        }

        var settings = new AzDeploymentGroupWhatIfSettings
        {
            ResourceGroup = resourceGroup,
            Name = session.DeploymentName(stage),
            ParametersFile = session.Layout.Parameters(stage),
            Subscription = session.Options.Subscription,
            EnvironmentVariables = new Dictionary<string, string>(Upstream(stage)),
        };
        var result = session.Retry.Execute($"What-if of {stage}", () => context.AzDeploymentGroupWhatIf(settings));
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"What-if of the {stage} deployment failed: {error.Code}: {error.Message}");
        }

        return new StagePlan(stage, "what-if", result.Changes.Select(c => new PlannedChange(ShortId(c.ResourceId), c.ChangeType)).ToList());
    }

    /// <summary>The earlier stages' outputs when they are deployed; otherwise the parameters files' offline defaults apply.</summary>
    private IReadOnlyDictionary<string, string> Upstream(Stage stage)
    {
        var earlier = Stage.All.Where(s => s.Order < stage.Order).ToList();
        if (earlier.Count == 0 || !earlier.All(session.OutputsAreKnown))
        {
            return new Dictionary<string, string>();
        }

        var outputs = session.OutputsUpTo(earlier[^1]);
        return UpstreamVariables.From(outputs.Names.Select(n => KeyValuePair.Create<string, JsonNode?>(n, outputs.Get(n))));
    }

    /// <summary>"…/providers/Microsoft.Network/virtualNetworks/vnet-hub" → "Microsoft.Network/virtualNetworks/vnet-hub".</summary>
    private static string ShortId(string resourceId)
    {
        var index = resourceId.LastIndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? resourceId : resourceId[(index + "/providers/".Length)..];
    }
}
