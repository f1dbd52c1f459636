using Build.Infrastructure;
using Build.Resources;

namespace Build.Validation.Rules.Governance;

public sealed class ShippedPlaceholdersLeft : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV015", "Parameters set for a real deployment, not left at the shipped placeholders", Severity.Note, RuleFamily.Governance,
        "The repository ships example values a real deployment cannot keep: an all-zero Entra group id grants nobody the cluster, an RFC 5737 range reaches no API server, an RFC 2606 domain gets no certificate, a Contoso address reads no alert. Preflight refuses the first three; Validate names each early, with its file and line and what to set, as a note so the repository as shipped stays green.",
        ["mspnp/aks-baseline: deploy prerequisites", "RFC 5737", "RFC 2606"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var fileName = $"{Stage.Cluster.Name}.bicepparam";
        if (input.ParameterFiles.FirstOrDefault(file => Path.GetFileName(file.File) == fileName) is not { } parameters)
        {
            return;
        }

        // the values the templates predict now (Preflight reads the committed snapshot): the same detection, ShippedPlaceholders'
        var ranges = input.Azure.Clusters.SelectMany(cluster => cluster.AuthorizedIpRanges.Strings).ToList();
        var placeholders = ShippedPlaceholders.Find(parameters.File, parameters.Lines, ranges, input.Output(OutputNames.DomainName));
        if (placeholders.Count == 0)
        {
            checks.Pass(new Subject(parameters.File, new SourceLocation(parameters.File, null, parameters.File, "module")));
        }

        foreach (var placeholder in placeholders)
        {
            var location = new SourceLocation(placeholder.File, placeholder.Line, $"{placeholder.File} param {placeholder.Parameter}", "module");
            checks.Check(new Subject($"param {placeholder.Parameter}", location), Problem(placeholder));
        }
    }

    private static Problem Problem(Placeholder placeholder) => new(placeholder.Blocking
        ? $"'{placeholder.Value}' is the shipped placeholder: Preflight refuses this: set it to {placeholder.SetInstead}, then run ./build.sh --target=Snapshots"
        : $"'{placeholder.Value}' is the shipped example: Preflight lets it through, but set it to {placeholder.SetInstead}, then run ./build.sh --target=Snapshots");
}
