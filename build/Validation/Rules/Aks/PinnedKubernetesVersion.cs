using System.Text.RegularExpressions;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed partial class PinnedKubernetesVersion : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS015", "Pinned, non-preview Kubernetes version", Severity.Error, RuleFamily.Aks,
        "Minor upgrades are tested and scheduled, not taken when Azure releases them: the baseline pins a GA version and every pool runs the control plane's.",
        ["Azure.AKS.Version", "Azure.AKS.PoolVersion", "Azure.AKS.AutoUpgrade"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var version = cluster.KubernetesVersion;
        yield return version.Text is { } text && GaVersion().IsMatch(text)
            ? null
            : $"{version.Path} is {version.Shown}, expected a GA version such as '1.33' or '1.33.2' (no preview suffix)";
        yield return Expect.OneOf(cluster.UpgradeChannel, "none", "patch") is null || !cluster.UpgradeChannel.IsSet
            ? null
            : $"{cluster.UpgradeChannel.Path} is {cluster.UpgradeChannel.Shown}: the minor version would change unattended, expected 'none' or 'patch'";
        foreach (var pool in cluster.Pools.Where(pool => pool.OrchestratorVersion.IsSet && !string.Equals(pool.OrchestratorVersion.Text, version.Text, StringComparison.Ordinal)))
        {
            yield return $"{pool.OrchestratorVersion.Path} is {pool.OrchestratorVersion.Shown}, expected the cluster's {version.Shown}";
        }
    }

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?$")]
    private static partial Regex GaVersion();
}
