namespace Build.Validation.Rules.IpPlan;

public sealed class ScaleOutHeadroom : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("IP002", "Room for the seed's scale-out (--scale-headroom, default 400 %)", Severity.Note, RuleFamily.IpPlan,
        "The seed asks whether each subnet could take its node pools scaled out by 400 % (four times the addresses) without re-addressing; answered here per subnet. Asked explicitly with --scale-headroom, a 'no' is an error.",
        ["mspnp/aks-baseline: plan the IP addresses (scalability)"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var headroom = input.Headroom;
        foreach (var subnet in input.IpPlan.Subnets.Where(subnet => subnet.Scales))
        {
            checks.Check(subnet.Subject, subnet.FitsScaleOut(headroom) == true
                ? null
                : new Problem($"{subnet.Prefix} has {subnet.Usable} usable addresses; its node pools scaled to {headroom} of their maximum need {subnet.RequiredAtScaleOut(headroom)}",
                    Severity: headroom.Requested ? Severity.Error : Severity.Note));
        }
    }
}
