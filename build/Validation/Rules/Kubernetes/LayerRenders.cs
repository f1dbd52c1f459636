using Build.Resources;

namespace Build.Validation.Rules.Kubernetes;

public sealed class LayerRenders : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S020", "The layer renders and holds together", Severity.Error, RuleFamily.Kubernetes,
        "Every other Kubernetes rule reads the rendered objects: a manifest that does not parse strictly, values a chart's schema (or, without one, its values.yaml) refuses, a custom resource the CRD its chart ships refuses, or one object declared twice differently stops them all (what Validate.Kubernetes renders).",
        ["kubectl apply --dry-run=server --validate=strict", "helm template (values.schema.json)"]);

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
