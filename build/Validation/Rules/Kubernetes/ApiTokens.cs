using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ApiTokens : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S026", "API tokens only in pods that use the API", Severity.Error, RuleFamily.Kubernetes,
        "A mounted service account token lets whoever takes over the pod call the API server as that account: no ServiceAccount mounts its token into every pod that runs as it (automountServiceAccountToken: false), a pod whose account no Role or ClusterRole binding names gets none, and a pod whose account is bound to rights (Traefik's providers watch the API) asks for its token itself.",
        ["Azure Policy: Kubernetes clusters should disable automounting API credentials", "kube-score pod-automount-service-account-token", "Polaris automountServiceAccountToken"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var accounts = input.Kubernetes.Objects<V1ServiceAccount>().ToList();
        var bound = Bound(input);
        foreach (var (item, account) in accounts.Where(pair => !input.Policy.Scope.Excludes(pair.Item.Namespace!)))
        {
            checks.Check(input.Kubernetes.Subject(item), account.AutomountServiceAccountToken == false
                ? null
                : new Problem($"automountServiceAccountToken is {Shown(account.AutomountServiceAccountToken)}, expected false: every pod running as it would get an API token; a pod that uses the API sets automountServiceAccountToken: true itself",
                    input.Kubernetes.Pointer(item).At(account.AutomountServiceAccountToken is null ? "metadata" : "automountServiceAccountToken")));
        }

        foreach (var workload in input.Kubernetes.Workloads.Where(workload => !input.Policy.Scope.Excludes(workload.Namespace)))
        {
            var name = workload.Pod.ServiceAccountName ?? "default";
            var account = accounts.FirstOrDefault(pair => pair.Item.Namespace == workload.Namespace && pair.Item.Name == name).Model;
            var mounts = workload.Pod.AutomountServiceAccountToken ?? account?.AutomountServiceAccountToken ?? true;
            var binding = bound.GetValueOrDefault((workload.Namespace, name));
            var setting = Workload.PodSetting("automountServiceAccountToken");
            checks.Check(workload.Subject, (mounts, binding) switch
            {
                (true, null) => new Problem($"{setting} is {Shown(workload.Pod.AutomountServiceAccountToken)}{(workload.Pod.AutomountServiceAccountToken is null ? $" (ServiceAccount {name}'s is {Shown(account?.AutomountServiceAccountToken)})" : string.Empty)}: its pods get an API token, but no RoleBinding or ClusterRoleBinding names ServiceAccount {name}, so they do not use the API{workload.Source.Origin(setting)}", workload.Source.At(setting)),
                (false, { } rights) => new Problem($"{setting} is {Shown(workload.Pod.AutomountServiceAccountToken)}: its pods get no API token, but {rights} gives ServiceAccount {name} rights it uses{workload.Source.Origin(setting)}", workload.Source.At(setting)),
                _ => null,
            });
        }
    }

    /// <summary>The service accounts some binding grants rights to, with the first such binding.</summary>
    private static Dictionary<(string Namespace, string Name), string> Bound(ValidationInput input)
    {
        var bound = new Dictionary<(string, string), string>();
        foreach (var (item, binding) in input.Kubernetes.Objects<V1RoleBinding>())
        {
            foreach (var subject in (binding.Subjects ?? []).Where(subject => subject.Kind == "ServiceAccount"))
            {
                bound.TryAdd((subject.NamespaceProperty ?? item.Namespace!, subject.Name), item.Identity);
            }
        }

        foreach (var (item, binding) in input.Kubernetes.Objects<V1ClusterRoleBinding>())
        {
            foreach (var subject in (binding.Subjects ?? []).Where(subject => subject.Kind == "ServiceAccount" && subject.NamespaceProperty is not null))
            {
                bound.TryAdd((subject.NamespaceProperty!, subject.Name), item.Identity);
            }
        }

        return bound;
    }

    private static string Shown(bool? value) => value is { } flag ? flag.ToString().ToLowerInvariant() : "not set (true)";
}
