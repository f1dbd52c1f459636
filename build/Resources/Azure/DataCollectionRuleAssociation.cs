namespace Build.Resources.Azure;

/// <summary>The association of a data collection rule (or of a data collection endpoint) with the resource it extends, e.g. a cluster.</summary>
public sealed record DataCollectionRuleAssociation(ArmResource Resource) : IArmView
{
    public ArmValue RuleId => Resource["properties.dataCollectionRuleId"];

    public ArmValue EndpointId => Resource["properties.dataCollectionEndpointId"];
}
