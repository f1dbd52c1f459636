using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Resources.Azure;
using Build.Resources.Workloads;
using Build.Validation.Policies;
using Build.Validation.Suppressions;

namespace Build.Validation;

/// <summary>
/// Everything the rules read for one environment: what the three deployments predict, their outputs, the
/// rendered Kubernetes layer with the charts' effective values, the parameter files, what the cluster's policies
/// admit (cluster-policy.json), the certificates' names,
/// the checked-in suppressions and the day they are judged on. The IP plan is derived once, on first use.
/// </summary>
public sealed class ValidationInput
{
    private IpPlan? _ipPlan;

    public ValidationInput(
        string environment,
        AzureResources azure,
        StackOutputs outputs,
        KubernetesLayer layer,
        IReadOnlyList<ParameterFile> parameterFiles,
        ClusterPolicy policy,
        CertificateEvidence certificates,
        IReadOnlyList<Suppression> suppressions,
        DateOnly today,
        ScaleHeadroom headroom,
        SnapshotVerdict? snapshots = null)
    {
        Environment = environment;
        Azure = azure;
        Outputs = outputs;
        // a layer that does not hold together is not judged piecemeal: K8S020 reports why, the other rules see no objects
        LayerProblems = layer.Problems;
        Kubernetes = new KubernetesView(layer.Problems.Count == 0 ? layer : new KubernetesLayer(layer.Environment, [], [], [], [], []));
        ParameterFiles = parameterFiles;
        Policy = policy;
        Certificates = certificates;
        Suppressions = suppressions;
        Today = today;
        Headroom = headroom;
        Snapshots = snapshots;
    }

    public string Environment { get; }

    public AzureResources Azure { get; }

    public StackOutputs Outputs { get; }

    public KubernetesView Kubernetes { get; }

    public IReadOnlyList<ParameterFile> ParameterFiles { get; }

    /// <summary>What the cluster's Azure Policy assignments admit, from the one file both they and the rules read.</summary>
    public ClusterPolicy Policy { get; }

    public CertificateEvidence Certificates { get; }

    public IReadOnlyList<Suppression> Suppressions { get; }

    public DateOnly Today { get; }

    public ScaleHeadroom Headroom { get; }

    /// <summary>Snapshot drift, when the caller checked it (Validate.Snapshots does, with bicep); null otherwise.</summary>
    public SnapshotVerdict? Snapshots { get; }

    /// <summary>Why the layer does not hold together (it is then empty and the Kubernetes rules have nothing to check); empty when it rendered.</summary>
    public IReadOnlyList<KubernetesSourceException> LayerProblems { get; }

    /// <summary>Whether the layer rendered: rules comparing Azure with Kubernetes say nothing about a layer that is not there (K8S020 reports why).</summary>
    public bool HasLayer => LayerProblems.Count == 0;

    public IpPlan IpPlan => _ipPlan ??= IpPlanner.Plan(Azure, Kubernetes.Services);

    /// <summary>An output's value, or null when it is missing or known only after deployment.</summary>
    public string? Output(string name) =>
        Outputs.Contains(name) && !Outputs.IsKnownOnlyAfterDeployment(name) && Outputs.Get(name) is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : null;
}
