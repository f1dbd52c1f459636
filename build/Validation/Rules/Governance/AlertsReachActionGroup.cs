using Build.Infrastructure;
using Build.Resources;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance;

public sealed class AlertsReachActionGroup : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV008", "Every alert notifies an action group", Severity.Error, RuleFamily.Governance,
        "An alert that notifies nobody is a log line: every Prometheus alert rule, log alert and activity-log alert names an action group, and one the deployments predict.",
        ["mspnp/aks-baseline: alerts to an action group"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        Problem? Names(string path, IReadOnlyList<string> groups) =>
            groups.Count == 0
                ? $"{path} names no action group: the alert reaches nobody"
                : groups.FirstOrDefault(id => !BicepSnapshot.IsUnresolved(id) && input.Azure.Find(id) is null) is { } unknown
                    ? $"{path} names {unknown}, an action group no deployment predicts"
                    : null;

        foreach (var group in input.Azure.PrometheusRuleGroups)
        {
            checks.Check(group.Resource.Subject, group.AlertRules.Select(rule => Names(rule.Actions.Path, rule.ActionGroupIds)));
        }

        foreach (var rule in input.Azure.ScheduledQueryRules)
        {
            checks.Check(rule.Resource.Subject, Names(rule.ActionGroups.Path, rule.ActionGroups.Strings));
        }

        foreach (var alert in input.Azure.ActivityLogAlerts)
        {
            checks.Check(alert.Resource.Subject, Names(alert.ActionGroups.Path, alert.ActionGroupIds));
        }
    }
}
