namespace Build.Validation;

/// <summary>A group of rules by what they look at; the prefix starts every rule id of the family.</summary>
public sealed record RuleFamily(string Prefix, string Name, int Order)
{
    public static readonly RuleFamily Aks = new("AKS", "AKS cluster", 1);
    public static readonly RuleFamily Network = new("NET", "Network", 2);
    public static readonly RuleFamily Edge = new("EDGE", "Edge: App Gateway and TLS", 3);
    public static readonly RuleFamily Secrets = new("SEC", "Secrets and registry", 4);
    public static readonly RuleFamily Cost = new("COST", "Cost", 5);
    public static readonly RuleFamily Kubernetes = new("K8S", "Kubernetes objects", 6);
    public static readonly RuleFamily CrossArtifact = new("X", "Cross-artifact", 7);
    public static readonly RuleFamily Redeploy = new("REDEPLOY", "Redeploy safety", 8);
    public static readonly RuleFamily IpPlan = new("IP", "IP address plan", 9);
    public static readonly RuleFamily Snapshots = new("SNAPSHOT", "Snapshot drift", 10);
    public static readonly RuleFamily Suppressions = new("SUP", "Suppressions", 11);
    public static readonly RuleFamily Governance = new("GOV", "Governance and monitoring", 12);

    public static IReadOnlyList<RuleFamily> All { get; } = [Aks, Network, Edge, Secrets, Cost, Kubernetes, CrossArtifact, Redeploy, IpPlan, Snapshots, Suppressions, Governance];

    public override string ToString() => Name;
}
