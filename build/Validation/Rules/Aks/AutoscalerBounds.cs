using System.Globalization;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class AutoscalerBounds : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS008", "Cluster autoscaler with sane bounds", Severity.Error, RuleFamily.Aks,
        "Pools grow with demand and shrink back within limits the IP plan and the budget were sized for: the baseline autoscales every pool between a minimum and a maximum.",
        ["Azure.AKS.AutoScaling"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        foreach (var pool in cluster.Pools)
        {
            if (pool.EnableAutoScaling.Flag != true)
            {
                yield return $"{pool.EnableAutoScaling.Path} is {pool.EnableAutoScaling.Shown}, expected true";
                continue;
            }

            var (minimum, maximum, count) = (pool.MinCount.Number, pool.MaxCount.Number, pool.Count.Number);
            if (minimum is null || maximum is null)
            {
                yield return $"{pool.MinCount.Path} is {pool.MinCount.Shown} and {pool.MaxCount.Path} is {pool.MaxCount.Shown}: the autoscaler needs both";
                continue;
            }

            yield return minimum >= 1 && minimum <= maximum ? null : $"{pool.MinCount.Path} is {Shown(minimum)} and {pool.MaxCount.Path} is {Shown(maximum)}, expected 1 <= minCount <= maxCount";
            yield return count is null || (count >= minimum && count <= maximum) ? null : $"{pool.Count.Path} is {Shown(count)}, outside minCount..maxCount ({Shown(minimum)}..{Shown(maximum)})";
        }
    }

    private static string Shown(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "not set";
}
