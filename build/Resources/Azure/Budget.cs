namespace Build.Resources.Azure;

/// <summary>A cost budget and its notifications (an object keyed by notification name).</summary>
public sealed record Budget(ArmResource Resource) : IArmView
{
    public ArmValue Filter => Resource["properties.filter"];

    public ArmValue ResourceGroupFilter => Resource["properties.filter.dimensions"];

    public IReadOnlyList<ArmObject> Notifications =>
        Resource["properties.notifications"].Object is { } notifications
            ? notifications.Json.Select(pair => pair.Value is System.Text.Json.Nodes.JsonObject json ? new ArmObject($"{notifications.Path}.{pair.Key}", json) : null).OfType<ArmObject>().ToList()
            : [];
}
