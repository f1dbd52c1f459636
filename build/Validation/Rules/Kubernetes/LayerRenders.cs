using Build.Resources;

namespace Build.Validation.Rules.Kubernetes;

public sealed class LayerRenders : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S020", "The layer renders and holds together", Severity.Error, RuleFamily.Kubernetes,
        "Every other Kubernetes rule reads the rendered objects: a manifest or values file that does not parse strictly, names an undeclared object, or pulls an unpinned or unimported image stops them all (the same checks as Validate.Kubernetes).",
        ["kubectl apply --dry-run=server", "kube-score container-image-tag"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var failure = input.LayerFailure;
        var subject = new Subject("Kubernetes layer (helm/, manifests/)", new SourceLocation(failure?.File, failure?.Line, "Kubernetes layer", "module"));
        checks.Check(subject, failure is null ? null : $"{failure.File}:{failure.Line}: {failure.Problem}");
    }
}
