using System.Text.RegularExpressions;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance;

public sealed class AllowedImagesFromClusterRegistry : Rule
{
    /// <summary>Images no baseline cluster may run: Docker Hub, and a registry nobody owns.</summary>
    public static readonly IReadOnlyList<string> Outsiders = ["docker.io/library/nginx:1.27", "registry.invalid/samples/app:1.0"];

    private const string Parameter = "allowedContainerImagesRegex";

    public override RuleDescriptor Descriptor { get; } = new("GOV003", "Allowed images: the cluster's registry, not the internet", Severity.Error, RuleFamily.Governance,
        "Nodes pull only what was imported into the cluster's registry (and Microsoft's images): the allowed-images policy's pattern admits the cluster's registry and refuses images from anywhere else.",
        ["Azure Policy: Kubernetes cluster containers should only use allowed images"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var registries = input.Azure.Registries.Select(registry => registry.LoginServer).ToList();
        foreach (var assignment in input.Azure.PolicyAssignments.Where(assignment => string.Equals(assignment.Definition, BaselinePolicies.AllowedImages, StringComparison.OrdinalIgnoreCase)))
        {
            checks.Check(assignment.Resource.Subject, Check(assignment.Parameter(Parameter), registries));
        }
    }

    private static IEnumerable<Problem?> Check(ArmValue pattern, IReadOnlyList<string> registries)
    {
        if (pattern.IsUnresolved)
        {
            yield break;
        }

        if (Compile(pattern.Text) is not { } regex)
        {
            yield return $"{pattern.Path} is {pattern.Shown}, expected a regular expression the images must match";
            yield break;
        }

        foreach (var registry in registries.Where(registry => !regex.IsMatch($"{registry}/samples/app:1.0")))
        {
            yield return $"{pattern.Path} is {pattern.Shown}, which refuses images from the cluster's registry {registry}";
        }

        foreach (var image in Outsiders.Where(image => regex.IsMatch(image)))
        {
            yield return $"{pattern.Path} is {pattern.Shown}, which admits {image}";
        }
    }

    private static Regex? Compile(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
