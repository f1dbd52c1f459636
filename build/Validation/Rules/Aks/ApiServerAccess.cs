using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class ApiServerAccess : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS005", "API server reachable only from known networks", Severity.Error, RuleFamily.Aks,
        "The API server is the cluster's most powerful endpoint: the baseline limits it to authorized IP ranges (or makes the cluster private).",
        ["Azure.AKS.AuthorizedIPs"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        if (cluster.PrivateCluster.Flag == true)
        {
            yield break;
        }

        var ranges = cluster.AuthorizedIpRanges.Strings;
        yield return ranges.Count == 0
            ? $"{cluster.AuthorizedIpRanges.Path} is {cluster.AuthorizedIpRanges.Shown} and {cluster.PrivateCluster.Path} is {cluster.PrivateCluster.Shown}: the API server would accept every address"
            : null;
        foreach (var open in ranges.Where(range => range is "0.0.0.0/0" or "*" or "Internet"))
        {
            yield return $"{cluster.AuthorizedIpRanges.Path} contains '{open}', which authorizes every address";
        }
    }
}
