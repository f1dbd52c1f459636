using System.Globalization;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Cost;

public sealed class BudgetNotifications : Rule
{
    /// <summary>The seed's thresholds, in percent of the monthly amount.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [50, 75, 90];

    public override RuleDescriptor Descriptor { get; } = new("COST001", "Budget with notifications at 50, 75 and 90 %", Severity.Error, RuleFamily.Cost,
        "Contoso wants to hear about spending before the month ends, not after: a budget notifies its owners at 50, 75 and 90 % of the monthly amount.",
        ["mspnp/aks-baseline: cost management"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var budgets = input.Azure.Budgets.ToList();
        if (budgets.Count == 0)
        {
            checks.Check(CostSubjects.Missing(input, ArmTypes.Budget), "no deployment predicts a budget");
        }

        foreach (var budget in budgets)
        {
            checks.Check(budget.Resource.Subject, Check(budget));
        }
    }

    private static IEnumerable<Problem?> Check(Budget budget)
    {
        var notifications = budget.Notifications;
        foreach (var threshold in Thresholds)
        {
            var notification = notifications.FirstOrDefault(item => item["threshold"].Number == threshold);
            var shown = threshold.ToString(CultureInfo.InvariantCulture);
            if (notification is null)
            {
                yield return $"properties.notifications has thresholds [{string.Join(", ", notifications.Select(item => item["threshold"].Shown))}], missing {shown} %";
                continue;
            }

            yield return Expect.True(notification["enabled"]);
            yield return notification["contactEmails"].Count + notification["contactGroups"].Count + notification["contactRoles"].Count > 0
                ? null
                : $"{notification.Path} has no contactEmails, contactGroups or contactRoles: nobody would be told";
        }
    }
}
