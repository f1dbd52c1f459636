using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class DisruptionBudgets : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S009", "A PodDisruptionBudget that allows an eviction", Severity.Error, RuleFamily.Kubernetes,
        "Node drains (upgrades, node OS patching) evict one replica at a time and never all: each workload has a PDB selecting it, and the PDB lets at least one pod go, or drains would hang.",
        ["kube-score deployment-has-poddisruptionbudget", "Polaris missingPodDisruptionBudget", "Polaris pdbDisruptionsIsZero"]);

    protected override bool Applies(Workload workload) => workload.IsReplicated;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var budgets = input.Kubernetes.DisruptionBudgets.Where(budget => budget.Namespace == workload.Namespace && !LabelSelectors.IsEmpty(budget.Selector) && LabelSelectors.Matches(budget.Selector, workload.PodLabels)).ToList();
        if (budgets.Count == 0)
        {
            yield return new Problem($"no PodDisruptionBudget in {workload.Namespace} selects its pods ({string.Join(", ", workload.PodLabels.Select(label => $"{label.Key}={label.Value}"))})", workload.Source.Location);
        }

        foreach (var budget in budgets)
        {
            yield return Evictions(budget, workload.Replicas ?? 1) > 0
                ? null
                : Hangs(budget, workload);
        }
    }

    private static Problem Hangs(DisruptionBudget budget, Workload workload)
    {
        var setting = DisruptionBudget.Setting(budget.MaxUnavailable is not null ? "maxUnavailable" : "minAvailable");
        return new Problem($"{budget.Reference} {setting} allows no eviction of {workload.Replicas} replicas: node drains would hang{budget.Source.Origin(setting)}", budget.Source.At(setting));
    }

    /// <summary>How many pods the budget lets go at full strength (percentages rounded as Kubernetes rounds them).</summary>
    private static int Evictions(DisruptionBudget budget, int replicas)
    {
        if (budget.MaxUnavailable is { } maxUnavailable)
        {
            return Resolve(maxUnavailable, replicas, roundUp: true);
        }

        return budget.MinAvailable is { } minAvailable ? replicas - Resolve(minAvailable, replicas, roundUp: true) : 1;
    }

    private static int Resolve(IntOrString value, int replicas, bool roundUp)
    {
        var text = value.Value ?? string.Empty;
        if (text.EndsWith('%') && int.TryParse(text[..^1], out var percent))
        {
            var exact = replicas * percent / 100.0;
            return (int)(roundUp ? Math.Ceiling(exact) : Math.Floor(exact));
        }

        return int.TryParse(text, out var count) ? count : 0;
    }
}
