using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance;

public sealed class AdvisorRecommendationsAlert : Rule
{
    public const string Category = "Recommendation";
    public const string Operation = "Microsoft.Advisor/recommendations/available/action";

    public override RuleDescriptor Descriptor { get; } = new("GOV010", "An activity-log alert for new Advisor recommendations", Severity.Error, RuleFamily.Governance,
        "Azure Advisor spots cost, security and reliability problems the templates did not foresee: the baseline alerts on every new recommendation for the cluster's resource group.",
        ["mspnp/aks-baseline: AllAzureAdvisorAlert"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var alerts = input.Azure.ActivityLogAlerts
            .Where(alert => string.Equals(alert.Conditions.GetValueOrDefault("category"), Category, StringComparison.OrdinalIgnoreCase)
                && string.Equals(alert.Conditions.GetValueOrDefault("operationName"), Operation, StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var cluster in input.Azure.Clusters)
        {
            var group = cluster.Resource.Id[..cluster.Resource.Id.IndexOf("/providers/", StringComparison.OrdinalIgnoreCase)];
            var covering = alerts.Where(alert => alert.Scopes.Strings.Any(scope => group.StartsWith(scope, StringComparison.OrdinalIgnoreCase)
                && (group.Length == scope.Length || group[scope.Length] == '/'))).ToList();
            checks.Check(cluster.Resource.Subject, covering.Count == 0
                ? [$"no activity-log alert on category '{Category}' and operationName '{Operation}' covers its resource group {AzureResources.ResourceGroupOf(group)}"]
                : covering.Select(alert => Expect.True(alert.Enabled) is { } disabled ? (Problem?)$"{alert.Resource.Reference}: {disabled.Message}" : null));
        }
    }
}
