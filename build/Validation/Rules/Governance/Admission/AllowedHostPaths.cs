using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Resources.Workloads;
using Build.Validation.Policies;
using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// "Kubernetes cluster pod hostPath volumes should only use allowed host paths" (098fc59e-46c7-4d99-9b16-64990e543d75),
/// as its constraint template k8sazurehostfilesystem decides (Azure/azure-policy
/// built-in-references/Kubernetes/allowed-host-paths/template.yaml): a Pod with a hostPath volume is refused when the
/// allowed list is empty, or when no allowed path is a prefix of the volume's path segment by segment ("/foo" allows
/// "/foo" and "/foo/bar", not "/fool") such that the allowed path is writable or no container mounts the volume
/// writable. The definition (policyDefinitions/Kubernetes/AllowedHostPaths.json, 5.0.0) hands the template
/// <c>allowedHostPaths.paths</c> and exempts <c>excludedContainers</c> (by name) and <c>excludedImages</c> (by image,
/// '*' ending a prefix) from the read-only evaluation only. Definition default effect: Audit; default paths: [].
/// </summary>
public sealed class AllowedHostPaths : AdmissionPolicy
{
    private const string Parameter = "allowedHostPaths";

    public override string Definition => BaselinePolicies.AllowedHostPaths;

    public override string DefaultEffect => "Audit";

    public override void Evaluate(AdmissionReview review, RuleChecks checks)
    {
        var pathsValue = review.Assignment.Parameter(Parameter)["paths"];
        var excludedContainers = review.Assignment.Parameter("excludedContainers");
        var excludedImages = review.Assignment.Parameter("excludedImages");
        if (new[] { pathsValue, excludedContainers, excludedImages }.Any(AdmissionScope.IsUnresolved) || Allowed(pathsValue) is not { } allowed)
        {
            return;
        }

        var exempt = new Exemptions(excludedContainers.Strings, excludedImages.Strings);
        foreach (var pod in PodSource.In(review.Input).Where(pod => review.Scope.Matches(pod.Namespace, pod.Labels)))
        {
            checks.Check(pod.Subject, (pod.Pod.Volumes ?? []).Where(volume => volume.HostPath is not null).Select(volume => Check(review, pod, volume, allowed, pathsValue.Path, exempt)));
        }
    }

    private static Problem? Check(AdmissionReview review, PodSource pod, V1Volume volume, IReadOnlyList<AllowedHostPath> allowed, string parameter, Exemptions exempt)
    {
        var path = volume.HostPath.Path ?? string.Empty;
        var setting = pod.Setting($"volumes[{volume.Name}].hostPath.path");
        var refused = $"{review.Title} refuses {pod.Refused} at admission";
        if (allowed.Count == 0)
        {
            return pod.At(setting, $"is '{path}', and {parameter} is []: {refused}, as it allows no host path; use another volume type (emptyDir, a CSI volume), or allow the path in {Parameter} of {review.PolicyFile}");
        }

        var matching = allowed.Where(entry => PathMatches(entry.PathPrefix, path)).ToList();
        if (matching.Count == 0)
        {
            return pod.At(setting, $"is '{path}', under none of {Shown(allowed)} ({parameter}): {refused}; use another volume type, or allow the path in {Parameter} of {review.PolicyFile}");
        }

        if (matching.Any(entry => !entry.ReadOnly))
        {
            return null;
        }

        var writable = pod.Containers.Where(container => !exempt.Covers(container.Container))
            .SelectMany(container => (container.Container.VolumeMounts ?? []).Where(mount => mount.Name == volume.Name && mount.ReadOnlyProperty != true).Select(mount => (container, mount)))
            .FirstOrDefault();
        if (writable.container is null)
        {
            return null;
        }

        var mountSetting = writable.container.Setting($"volumeMounts[{writable.mount.Name}].readOnly");
        return pod.At(mountSetting, $"is {(writable.mount.ReadOnlyProperty is { } flag ? flag.ToString().ToLowerInvariant() : "not set")}, but {Shown(matching)} allows '{path}' read-only ({parameter}): {refused}; set readOnly: true on the mount");
    }

    /// <summary>The template's path_matches: the prefix's segments (trimmed of '/') equal the path's first segments.</summary>
    public static bool PathMatches(string prefix, string path)
    {
        var a = prefix.Trim('/').Split('/');
        var b = path.Trim('/').Split('/');
        return a.Length <= b.Length && a.Select((segment, index) => segment == b[index]).All(equal => equal);
    }

    /// <summary>The paths as assigned, or null when they are not the list of { pathPrefix, readOnly } the definition's schema requires (Azure refuses such an assignment).</summary>
    private static List<AllowedHostPath>? Allowed(Build.Resources.Azure.ArmValue value)
    {
        if (!value.IsSet)
        {
            return [];
        }

        if (value.Node is not JsonArray array)
        {
            return null;
        }

        var paths = new List<AllowedHostPath>();
        foreach (var item in array)
        {
            if (item is not JsonObject entry || entry["pathPrefix"] is not JsonValue prefix || prefix.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            paths.Add(new AllowedHostPath(prefix.GetValue<string>(), entry["readOnly"] is JsonValue readOnly && readOnly.GetValueKind() == JsonValueKind.True));
        }

        return paths;
    }

    private static string Shown(IEnumerable<AllowedHostPath> paths) =>
        string.Join(", ", paths.Select(path => $"'{path.PathPrefix}'{(path.ReadOnly ? " (read-only)" : string.Empty)}"));

    /// <summary>Containers the read-only evaluation leaves out: by name, or by image ('*' at the end matches a prefix).</summary>
    private sealed record Exemptions(IReadOnlyList<string> Containers, IReadOnlyList<string> Images)
    {
        public bool Covers(V1Container container) =>
            Containers.Contains(container.Name, StringComparer.Ordinal)
            || Images.Any(image => image.EndsWith('*') ? (container.Image ?? string.Empty).StartsWith(image[..^1], StringComparison.Ordinal) : container.Image == image);
    }
}
