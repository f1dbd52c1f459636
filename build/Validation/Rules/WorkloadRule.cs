using Build.Resources.Workloads;

namespace Build.Validation.Rules;

/// <summary>A rule over every workload of the layer (the manifests' and what the charts render), each a subject.</summary>
public abstract class WorkloadRule : Rule
{
    public sealed override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var workload in input.Kubernetes.Workloads.Where(Applies))
        {
            checks.Check(workload.Subject, Check(workload, input));
        }
    }

    protected virtual bool Applies(Workload workload) => true;

    protected abstract IEnumerable<Problem?> Check(Workload workload, ValidationInput input);

    /// <summary>A problem pointing at the line of the setting it names.</summary>
    protected static Problem At(Workload workload, string setting, string message) => new($"{setting} {message}", workload.Source.At(setting));
}
