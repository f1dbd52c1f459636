using Build.Resources.Azure;

namespace Build.Validation.Rules.Redeploy;

public sealed class StableImmutableProperties : Rule
{
    /// <summary>ARM functions whose value differs from one deployment to the next.</summary>
    private static readonly string[] RunVarying = ["utcNow(", "newGuid("];

    /// <summary>Properties Azure sets once, at creation, and refuses to change (beyond every resource's name and location).</summary>
    private static readonly Dictionary<string, string[]> CreateOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        [ArmTypes.Budget] = ["properties.timePeriod.startDate"],
        [ArmTypes.ManagedCluster] = ["properties.dnsPrefix", "properties.nodeResourceGroup"],
        [ArmTypes.KeyVault] = ["properties.tenantId"],
        [ArmTypes.RoleAssignment] = ["properties.principalId", "properties.roleDefinitionId"],
    };

    public override RuleDescriptor Descriptor { get; } = new("REDEPLOY001", "What Azure fixes at creation is never computed from the clock or per run", Severity.Error, RuleFamily.Redeploy,
        "A redeployment must be accepted as the first one was: a name, a budget's start date, a cluster's DNS prefix or a role assignment's principal cannot change after creation, so a value taken from utcNow() or newGuid() makes the next deployment (in another month, or just another run) fail or create a duplicate. Such values are parameters or are derived from stable inputs (uniqueString, guid of fixed parts).",
        ["Azure Resource Manager: utcNow and newGuid only in parameter defaults", "Microsoft.Consumption budgets: the start date cannot be changed"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var resource in input.Azure.All)
        {
            var paths = new[] { "name", "location" }.Concat(CreateOnly.GetValueOrDefault(resource.Type, []));
            var varying = paths.Select(path => resource[path]).Where(value => value.IsUnresolved && RunVarying.Any(function => value.Text!.Contains(function, StringComparison.OrdinalIgnoreCase))).ToList();
            if (varying.Count > 0 || CreateOnly.ContainsKey(resource.Type))
            {
                checks.Check(resource.Subject, varying.Select(value => (Problem?)$"{value.Path} is {value.Shown}, which differs from one deployment to the next; Azure keeps it from the first deployment and refuses (or duplicates) a different one: make it a parameter or derive it from stable inputs"));
            }
        }
    }
}
