using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class ResilientCapacity : GatewayRule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE007", "App Gateway autoscale minimum or zones for the RTO", Severity.Error, RuleFamily.Edge,
        "The gateway is the only way in: it keeps instances running (autoscale minimum of one or more) or spreads them over zones, and has a maximum to scale to.",
        ["Azure.AppGw.MinInstance", "Azure.AppGw.AvailabilityZone"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input) =>
    [
        gateway.MinCapacity.Number >= 1 || gateway.Zones.Count >= 2 || gateway.Capacity.Number >= 2
            ? null
            : $"{gateway.MinCapacity.Path} is {gateway.MinCapacity.Shown} and {gateway.Zones.Path} is {gateway.Zones.Shown}: expected a minimum of one or more instances, or two or more zones",
        gateway.MaxCapacity.IsSet || gateway.Capacity.IsSet ? null : $"{gateway.MaxCapacity.Path} is not set: the gateway has no capacity to scale to",
    ];
}
