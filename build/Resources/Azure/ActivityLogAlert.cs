namespace Build.Resources.Azure;

/// <summary>An activity-log alert: activity-log events under its scopes that meet every condition notify its action groups.</summary>
public sealed record ActivityLogAlert(ArmResource Resource) : IArmView
{
    public ArmValue Enabled => Resource["properties.enabled"];

    public ArmValue Scopes => Resource["properties.scopes"];

    /// <summary>The <c>field equals value</c> conditions it requires, by field (case-insensitive, as the activity log compares them).</summary>
    public IReadOnlyDictionary<string, string> Conditions =>
        Resource["properties.condition.allOf"].Items("field")
            .Where(condition => condition["field"].Text is not null && condition["equals"].Text is not null)
            .GroupBy(condition => condition["field"].Text!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First()["equals"].Text!, StringComparer.OrdinalIgnoreCase);

    public ArmValue ActionGroups => Resource["properties.actions.actionGroups"];

    public IReadOnlyList<string> ActionGroupIds => ActionGroups.Items("actionGroupId").Select(action => action["actionGroupId"].Text).OfType<string>().ToList();
}
