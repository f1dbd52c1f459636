using Build.Resources;

namespace Build.Validation.Rules.Kubernetes;

public sealed class LayerRenders : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S020", "The layer renders and holds together", Severity.Error, RuleFamily.Kubernetes,
        "Every other Kubernetes rule reads the rendered objects: a manifest or values file that does not parse strictly, values a chart's schema refuses, a custom resource its CRD refuses, a reference to an undeclared object or an unimported image stops them all (the same checks as Validate.Kubernetes).",
        ["kubectl apply --dry-run=server --validate=strict", "helm template (values.schema.json)", "kube-score container-image-tag"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (input.LayerProblems.Count == 0)
        {
            checks.Pass(Layer(null, null));
            return;
        }

        var subject = Layer(input.LayerProblems[0].File, input.LayerProblems[0].Line);
        checks.Check(subject, input.LayerProblems.Select(problem => (Problem?)new Problem($"{problem.File}:{problem.Line}: {problem.Problem}", subject.Location with { File = problem.File, Line = problem.Line })));
    }

    private static Subject Layer(string? file, int? line) => new("Kubernetes layer (helm/, manifests/)", new SourceLocation(file, line, "Kubernetes layer", "module"));
}
