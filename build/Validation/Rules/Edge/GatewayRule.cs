using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

/// <summary>A rule over every predicted Application Gateway.</summary>
public abstract class GatewayRule : ResourceRule<ApplicationGateway>
{
    protected override IEnumerable<ApplicationGateway> Targets(ValidationInput input) => input.Azure.ApplicationGateways;
}
