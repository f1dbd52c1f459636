using Build.Resources;
using Build.Validation.Policies;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class DeclaredNamespaces : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S021", "Every object and release in a declared namespace", Severity.Error, RuleFamily.Kubernetes,
        "kubectl apply and helm install into a namespace that does not exist fail, or, with --create-namespace, create one without the labels and policies the baseline gives its namespaces: every namespace the layer uses is declared by a Namespace manifest, or is one AKS provides (kube-system).",
        ["kubectl apply --dry-run=server"]);

    /// <summary>Namespaces AKS provides; the layer may install into them without declaring them.</summary>
    private static readonly string[] ProvidedNamespaces = ["kube-system"];

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var declared = input.Kubernetes.Objects<V1Namespace>().Select(pair => pair.Model.Metadata.Name).Concat(ProvidedNamespaces).ToHashSet(StringComparer.Ordinal);
        var catalog = input.Kubernetes.Layer.Files.FirstOrDefault(file => file.File.EndsWith("/" + Build.Kubernetes.HelmReleaseCatalog.FileName, StringComparison.Ordinal));
        foreach (var release in input.Kubernetes.Layer.Releases)
        {
            var ns = release.Release.Namespace;
            var location = new SourceLocation(catalog?.File, catalog?.LineContaining($"name: {release.Release.Name}"), $"release {release.Release.Name}", "module");
            checks.Check(new Subject($"release {release.Release.Name}", location), declared.Contains(ns)
                ? null
                : new Problem($"installs into namespace '{ns}', which no Namespace manifest declares", location with { Line = catalog?.LineContaining($"namespace: {ns}") }));
        }

        var undeclaredReleases = input.Kubernetes.Layer.Releases.Where(release => !declared.Contains(release.Release.Namespace)).Select(release => release.Release.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var group in input.Kubernetes.Layer.Objects.Where(item => item.Namespace is not null && !(item.Release is { } release && undeclaredReleases.Contains(release))).GroupBy(item => item.Namespace!, StringComparer.Ordinal))
        {
            var first = group.First();
            checks.Check(new Subject($"Namespace/-/{group.Key}", input.Kubernetes.Pointer(first).Location), declared.Contains(group.Key)
                ? []
                : group.Select(item => (Problem?)new Problem($"{item.Identity} is in namespace '{group.Key}', which no Namespace manifest declares", input.Kubernetes.Pointer(item).At("metadata.namespace"))));
        }
    }
}
