using Build.Resources.Azure;

namespace Build.Validation.Rules.Cost;

public sealed class BudgetCoversEnvironment : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("COST003", "Budget covers every resource group of the environment", Severity.Error, RuleFamily.Cost,
        "The firewall, the gateway and the nodes cost more than the cluster itself: the budget counts the hub's, the spoke's, the cluster's and the node resource groups.",
        ["mspnp/aks-baseline: cost management"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var groups = input.Azure.ResourceGroups
            .Concat(input.Azure.Clusters.Select(cluster => cluster.NodeResourceGroup.Text).OfType<string>())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var budget in input.Azure.Budgets)
        {
            checks.Check(budget.Resource.Subject, Check(budget, groups));
        }
    }

    private static Problem? Check(Budget budget, IReadOnlySet<string> groups)
    {
        var scope = AzureResources.ResourceGroupOf(budget.Resource.Id);
        var dimension = budget.Resource["properties.filter.dimensions"];
        if (!budget.Filter.IsSet)
        {
            // without a filter a budget counts its whole scope
            return scope is null ? null : $"properties.filter is not set and the budget is scoped to resource group {scope}: it does not count {string.Join(", ", groups.Where(group => !group.Equals(scope, StringComparison.OrdinalIgnoreCase)))}";
        }

        if (!string.Equals(dimension["name"].Text, "ResourceGroupName", StringComparison.OrdinalIgnoreCase))
        {
            return $"{dimension["name"].Path} is {dimension["name"].Shown}, expected 'ResourceGroupName' listing the environment's resource groups";
        }

        var counted = dimension["values"].Strings.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = groups.Where(group => !counted.Contains(group)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : $"{dimension["values"].Path} is {dimension["values"].Shown}, missing {string.Join(", ", missing)}";
    }
}
