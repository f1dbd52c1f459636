using Build.Infrastructure;
using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// "Kubernetes clusters should not use the default namespace" (9f061a12-e40d-4183-a00e-171812443373), as its
/// constraint template k8sazureblockdefault decides (Azure/azure-policy
/// built-in-references/Kubernetes/block-default-namespace/template.yaml): an object in the namespace "default" is
/// refused, except the ServiceAccount "default" and the Service "kubernetes" the API server keeps there. The
/// definition (policyDefinitions/Kubernetes/BlockDefaultNamespace.json, 3.0.0) reviews Pods, Services and
/// ServiceAccounts only, and by default only in the namespace "default" (its <c>namespaces</c> parameter, which
/// narrows what is reviewed: the template refuses nothing outside "default"). Definition default effect: Audit.
/// </summary>
public sealed class NoDefaultNamespace : AdmissionPolicy
{
    public const string DefaultNamespace = "default";

    public override string Definition => BaselinePolicies.NoDefaultNamespace;

    public override string DefaultEffect => "Audit";

    /// <summary>The definition's default <c>namespaces</c>: it reviews only "default".</summary>
    public static IReadOnlyList<string> Reviewed { get; } = [DefaultNamespace];

    public override IReadOnlyList<string> DefaultNamespaces => Reviewed;

    public override void Evaluate(AdmissionReview review, RuleChecks checks)
    {
        var view = review.Input.Kubernetes;
        var home = review.Input.Output(OutputNames.WorkloadNamespace);
        var move = home is null ? "move it to a namespace of its own" : $"move it to a namespace of its own (the workload's is '{home}')";
        foreach (var pod in PodSource.In(review.Input).Where(pod => review.Scope.Matches(pod.Namespace, pod.Labels)))
        {
            checks.Check(pod.Subject, pod.Namespace == DefaultNamespace
                ? new Problem($"metadata.namespace is '{DefaultNamespace}': {review.Title} refuses Pods there at admission{(pod.ByController ? ": it applies, but every Pod it creates is refused" : string.Empty)}; {move}{pod.Source.Origin("metadata.namespace")}", pod.Source.At("metadata.namespace"))
                : null);
        }

        var objects = view.Objects<V1Service>().Where(pair => pair.Model.Metadata.Name != "kubernetes").Select(pair => (pair.Item, pair.Model.Metadata))
            .Concat(view.Objects<V1ServiceAccount>().Where(pair => pair.Model.Metadata.Name != "default").Select(pair => (pair.Item, pair.Model.Metadata)));
        foreach (var (item, metadata) in objects.Where(pair => review.Scope.Matches(pair.Item.Namespace!, pair.Metadata.Labels)))
        {
            var pointer = view.Pointer(item);
            checks.Check(view.Subject(item), item.Namespace == DefaultNamespace
                ? new Problem($"metadata.namespace is '{DefaultNamespace}': {review.Title} refuses {item.Kind}s there at admission; {move}{pointer.Origin("metadata.namespace")}", pointer.At("metadata.namespace"))
                : null);
        }
    }
}
