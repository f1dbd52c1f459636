using Build.Infrastructure;
using Build.Resources;
using Build.Resources.Azure;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class OutputsMatchPredictions : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X011", "Outputs describe the predicted resources", Severity.Error, RuleFamily.CrossArtifact,
        "Everything downstream (Traefik's subnet and address, the allow list, certificates, the CSI driver) is rendered from the outputs: each output that names a network, subnet or resource says what the deployment predicts.",
        ["mspnp/aks-baseline: outputs consumed by the workload team"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (name, problem) in Checks(input))
        {
            checks.Check(new Subject($"output {name}", new SourceLocation(null, null, $"output {name}", "module")), problem);
        }
    }

    private static IEnumerable<(string Output, Problem? Problem)> Checks(ValidationInput input)
    {
        foreach (var (idOutput, spaceOutput) in new[] { (OutputNames.HubVnetId, OutputNames.HubAddressSpace), (OutputNames.SpokeVnetId, OutputNames.SpokeAddressSpace) })
        {
            if (input.Output(idOutput) is { } id && input.Output(spaceOutput) is { } space)
            {
                var network = input.Azure.Find(id);
                var prefixes = network?["properties.addressSpace.addressPrefixes"];
                yield return (spaceOutput, network is null
                    ? $"{idOutput} is '{id}', a network no deployment predicts"
                    : prefixes!.Value.Strings.Contains(space) ? null : $"is '{space}', but {network.Reference} {prefixes.Value.Path} is {prefixes.Value.Shown}");
            }
        }

        foreach (var (idOutput, prefixOutput) in new[]
        {
            (OutputNames.NodesSubnetId, OutputNames.NodesSubnetPrefix),
            (OutputNames.IngressSubnetId, OutputNames.IngressSubnetPrefix),
            (OutputNames.PrivateEndpointsSubnetId, OutputNames.PrivateEndpointsSubnetPrefix),
            (OutputNames.AppGatewaySubnetId, OutputNames.AppGatewaySubnetPrefix),
        })
        {
            if (input.Output(idOutput) is { } id && input.Output(prefixOutput) is { } prefix)
            {
                var subnet = input.Azure.Subnet(id);
                yield return (prefixOutput, subnet is null
                    ? $"{idOutput} is '{id}', a subnet no deployment predicts"
                    : subnet.Prefixes.Contains(prefix) ? null : $"is '{prefix}', but {subnet.Reference} is {string.Join(", ", subnet.Prefixes)}");
            }
        }

        if (input.Output(OutputNames.IngressSubnetName) is { } ingressName && input.Azure.Subnet(input.Output(OutputNames.IngressSubnetId)) is { } ingress)
        {
            yield return (OutputNames.IngressSubnetName, string.Equals(ingress.Name, ingressName, StringComparison.Ordinal) ? null : $"is '{ingressName}', but {OutputNames.IngressSubnetId} names {ingress.Name}");
        }

        foreach (var (output, type) in new[] { (OutputNames.ClusterName, ArmTypes.ManagedCluster), (OutputNames.KeyVaultName, ArmTypes.KeyVault), (OutputNames.AcrName, ArmTypes.ContainerRegistry) })
        {
            if (input.Output(output) is { } name)
            {
                yield return (output, input.Azure.OfType(type).Any(resource => string.Equals(resource.Name, name, StringComparison.OrdinalIgnoreCase))
                    ? null
                    : $"is '{name}', but no deployment predicts a {type} of that name");
            }
        }
    }
}
