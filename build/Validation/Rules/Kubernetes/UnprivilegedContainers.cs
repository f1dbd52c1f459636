using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class UnprivilegedContainers : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S003", "Non-root, no privilege escalation, capabilities dropped", Severity.Error, RuleFamily.Kubernetes,
        "A compromised container should not be root, gain privileges or keep kernel capabilities: baseline pods run as a non-root user, forbid privilege escalation and drop ALL capabilities (the restricted Pod Security Standard).",
        ["kube-score container-security-context-user-group-id", "kube-score container-security-context-privileged", "Polaris runAsRootAllowed", "Polaris privilegeEscalationAllowed", "Polaris insecureCapabilities"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var pod = workload.Pod.SecurityContext;
        foreach (var container in workload.Containers)
        {
            var context = container.Container.SecurityContext;
            var nonRoot = context?.RunAsNonRoot ?? pod?.RunAsNonRoot;
            var user = context?.RunAsUser ?? pod?.RunAsUser;
            yield return nonRoot == true && user != 0 || nonRoot is null && user > 0
                ? null
                : At(workload, nonRoot == false || user == 0 ? container.Setting("securityContext.runAsNonRoot") : Workload.PodSecurityContextSetting + ".runAsNonRoot",
                    user == 0 ? "runs as user 0 (root)" : "is not true (at the pod or the container): the image's user, possibly root, would be used");
            yield return context?.AllowPrivilegeEscalation == false ? null : At(workload, container.Setting("securityContext.allowPrivilegeEscalation"), $"is {Shown(context?.AllowPrivilegeEscalation)}, expected false");
            yield return context?.Privileged == true ? At(workload, container.Setting("securityContext.privileged"), "is true") : null;
            yield return context?.Capabilities?.Drop?.Contains("ALL") == true ? null : At(workload, container.Setting("securityContext.capabilities.drop"), "does not contain ALL");
        }
    }

    private static string Shown(bool? value) => value?.ToString().ToLowerInvariant() ?? "not set";
}
