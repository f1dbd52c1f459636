using Build.Resources.Azure;

namespace Build.Validation.Rules.Cost;

public sealed class ActionGroupReceivers : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("COST002", "An action group with a receiver behind the budget", Severity.Error, RuleFamily.Cost,
        "Budget alerts reach people through an action group: it is enabled, has at least one receiver, and every group a budget names exists.",
        ["mspnp/aks-baseline: cost management"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var groups = input.Azure.OfType(ArmTypes.ActionGroup).Select(resource => new ActionGroup(resource)).ToList();
        if (groups.Count == 0)
        {
            checks.Check(CostSubjects.Missing(input, ArmTypes.ActionGroup), "no deployment predicts an action group for the budget's notifications");
        }

        foreach (var group in groups)
        {
            checks.Check(group.Resource.Subject,
            [
                Expect.True(group.Enabled),
                group.Receivers > 0 ? null : "has no receivers (email, SMS, webhook...): its alerts reach nobody",
            ]);
        }

        foreach (var budget in input.Azure.Budgets)
        {
            checks.Check(budget.Resource.Subject, budget.Notifications
                .SelectMany(notification => notification["contactGroups"].Strings.Select(id => (notification, id)))
                .Where(pair => !Build.Infrastructure.BicepSnapshot.IsUnresolved(pair.id) && input.Azure.Find(pair.id) is null)
                .Select(pair => (Problem?)$"{pair.notification["contactGroups"].Path} names {pair.id}, an action group no deployment predicts"));
        }
    }
}
