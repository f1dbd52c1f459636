using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class PeeredBothWays : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET003", "Hub and spoke peered both ways", Severity.Error, RuleFamily.Network,
        "A peering only carries traffic once both networks declare it; the spoke reaches the firewall and the hub reaches the spoke: the baseline peers hub and spoke in both directions.",
        ["Azure.VNET.PeerState"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var peerings = input.Azure.Peerings.ToList();
        var declared = peerings.Select(peering => (peering.LocalNetworkId.ToLowerInvariant(), (peering.RemoteNetworkId.Text ?? string.Empty).ToLowerInvariant())).ToHashSet();
        foreach (var peering in peerings)
        {
            var remote = peering.RemoteNetworkId.Text ?? string.Empty;
            checks.Check(peering.Resource.Subject,
            [
                Expect.True(peering.AllowVirtualNetworkAccess),
                peering.PeeringState.IsSet ? Expect.Equal(peering.PeeringState, "Connected") : null,
                input.Azure.Find(remote) is not null && !declared.Contains((remote.ToLowerInvariant(), peering.LocalNetworkId.ToLowerInvariant()))
                    ? $"{peering.RemoteNetworkId.Path} is {peering.RemoteNetworkId.Shown}, which has no peering back to {peering.LocalNetworkId[(peering.LocalNetworkId.LastIndexOf('/') + 1)..]}"
                    : null,
            ]);
        }
    }
}
