namespace Build.Resources.Azure;

/// <summary>A log search alert rule (<c>Microsoft.Insights/scheduledQueryRules</c>): queries over Log Analytics, evaluated on a schedule.</summary>
public sealed record ScheduledQueryRule(ArmResource Resource) : IArmView
{
    public ArmValue Enabled => Resource["properties.enabled"];

    /// <summary>The workspaces (or resources) the queries run against.</summary>
    public ArmValue Scopes => Resource["properties.scopes"];

    public IReadOnlyList<ArmValue> Queries => Resource["properties.criteria.allOf"].Items("query").Select(criterion => criterion["query"]).ToList();

    public ArmValue ActionGroups => Resource["properties.actions.actionGroups"];
}
