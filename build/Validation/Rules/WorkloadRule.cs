using Build.Resources.Workloads;
using Build.Validation.Policies;

namespace Build.Validation.Rules;

/// <summary>
/// A rule over every workload of the layer (the manifests' and what the charts render), each a subject; outside
/// the namespaces the baseline's pod policies leave to the cluster's own components (the environment's
/// <see cref="KubernetesPolicyScope"/>)
/// unless the rule says it holds there too.
/// </summary>
public abstract class WorkloadRule : Rule
{
    public sealed override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var workload in input.Kubernetes.Workloads.Where(workload => Applies(workload) && (HoldsInSystemNamespaces || !input.Policy.Scope.Excludes(workload.Namespace))))
        {
            checks.Check(workload.Subject, Check(workload, input));
        }
    }

    /// <summary>True for rules about facts rather than policy (where an image can be pulled from), which no namespace escapes.</summary>
    protected virtual bool HoldsInSystemNamespaces => false;

    protected virtual bool Applies(Workload workload) => true;

    protected abstract IEnumerable<Problem?> Check(Workload workload, ValidationInput input);

    /// <summary>A problem naming the setting (and, for a chart's object, the value that sets it), pointing at its line.</summary>
    protected static Problem At(Workload workload, string setting, string message) => new($"{setting} {message}{workload.Source.Origin(setting)}", workload.Source.At(setting));
}
