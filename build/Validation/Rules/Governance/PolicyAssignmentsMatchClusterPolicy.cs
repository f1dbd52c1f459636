using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Build.Resources.Azure;
using Build.Validation.Policies;
using Build.Validation.Rules.Governance.Admission;
using k8s.Models;

namespace Build.Validation.Rules.Governance;

public sealed class PolicyAssignmentsMatchClusterPolicy : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV014", "The cluster's policy assignments carry cluster-policy.json's values", Severity.Error, RuleFamily.Governance,
        "The offline rules judge the layer by cluster-policy.json; the cluster judges it by its assignments' parameters. They must be the same values, or Validate passes what the cluster refuses: each Kubernetes assignment excludes the namespaces the file excludes, and the limits, the additional registries, the host paths, the external IPs and the default-namespace scope are the file's.",
        ["mspnp/aks-baseline: Azure Policy assignments", "Azure Policy: Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits", "Azure Policy: Kubernetes cluster containers should only use allowed images"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var clusters = input.Azure.Clusters.Select(cluster => cluster.Resource.Id).ToList();
        foreach (var assignment in input.Azure.PolicyAssignments.Where(assignment => clusters.Any(assignment.AppliesTo)))
        {
            if (BaselinePolicies.Find(assignment.Definition) is { Admission: true } policy)
            {
                checks.Check(assignment.Resource.Subject, Check(assignment, policy, input.Policy));
            }
        }
    }

    private static IEnumerable<Problem?> Check(PolicyAssignment assignment, BaselinePolicy policy, ClusterPolicy home)
    {
        // the restricted initiative may exclude more (Traefik's namespace): GOV004 judges which
        yield return Excluded(assignment, home, allowMore: policy.Definition == BaselinePolicies.RestrictedPodSecurity);
        switch (policy.Definition)
        {
            case BaselinePolicies.ContainerLimits:
                foreach (var resource in ContainerLimits.Resources)
                {
                    yield return Limit(assignment.Parameter($"{resource}Limit"), home.ContainerLimits.Maximum[resource], home, $"containerLimits.{resource}");
                }

                break;
            case BaselinePolicies.AllowedImages:
                yield return Registries(assignment.Parameter("allowedContainerImagesRegex"), home);
                break;
            case BaselinePolicies.AllowedHostPaths:
                var paths = assignment.Parameter("allowedHostPaths")["paths"];
                yield return Same(paths, paths.Node is JsonArray array ? array.Select(item => $"{item?["pathPrefix"]}:{item?["readOnly"]}") : [], home.AllowedHostPaths.Select(path => $"{path.PathPrefix}:{path.ReadOnly.ToString().ToLowerInvariant()}"), home, "allowedHostPaths");
                break;
            case BaselinePolicies.AllowedExternalIps:
                var ips = assignment.Parameter("allowedExternalIPs");
                yield return Same(ips, ips.Strings, home.AllowedExternalIPs, home, "allowedExternalIPs");
                break;
            case BaselinePolicies.NoDefaultNamespace:
                var namespaces = assignment.Parameter("namespaces");
                yield return Same(namespaces, namespaces.Strings, home.DisallowedNamespaces, home, "disallowedNamespaces", NoDefaultNamespace.Reviewed);
                break;
        }
    }

    private static Problem? Excluded(PolicyAssignment assignment, ClusterPolicy home, bool allowMore)
    {
        var value = assignment.Parameter("excludedNamespaces");
        if (AdmissionScope.IsUnresolved(value))
        {
            return null;
        }

        var assigned = (value.IsSet ? value.Strings : AdmissionScope.AlwaysExcluded).ToHashSet(StringComparer.Ordinal);
        var missing = home.Scope.ExcludedNamespaces.Where(ns => !assigned.Contains(ns)).ToList();
        var extra = allowMore ? [] : assigned.Where(ns => !home.Scope.Excludes(ns) && !AdmissionScope.AlwaysExcluded.Contains(ns)).ToList();
        return missing.Count == 0 && extra.Count == 0
            ? null
            : $"{value.Path} is [{string.Join(", ", assigned)}], but excludedNamespaces in {Where(home, "excludedNamespaces")} is [{string.Join(", ", home.Scope.ExcludedNamespaces)}]: "
              + string.Join("; ", new[]
              {
                  missing.Count == 0 ? null : $"the cluster reviews {string.Join(", ", missing)}, which the offline rules leave alone",
                  extra.Count == 0 ? null : $"the cluster leaves {string.Join(", ", extra)} alone, which the offline rules judge",
              }.OfType<string>())
              + "; the assignment is to take the file's list";
    }

    private static Problem? Limit(ArmValue value, ResourceQuantity expected, ClusterPolicy home, string key)
    {
        if (AdmissionScope.IsUnresolved(value))
        {
            return null;
        }

        var agrees = value.Text is { } text && TryQuantity(text) is { } quantity && quantity.ToDecimal() == expected.ToDecimal();
        return agrees ? null : $"{value.Path} is {value.Shown}, but {key} in {Where(home, key)} is '{expected}': the offline rules (K8S001) and the cluster's admission would judge containers by different limits; the assignment is to take the file's value";
    }

    private static Problem? Registries(ArmValue pattern, ClusterPolicy home)
    {
        if (AdmissionScope.IsUnresolved(pattern) || pattern.Text is not { Length: > 0 } text)
        {
            return null;
        }

        Regex regex;
        try
        {
            regex = new Regex(text, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null; // GOV003 reports a pattern that is not a regular expression
        }

        var refused = home.AdditionalRegistries.Where(registry => !regex.IsMatch($"{registry}/samples/app:1.0")).ToList();
        return refused.Count == 0
            ? null
            : $"{pattern.Path} is {pattern.Shown}, which refuses images from {string.Join(", ", refused)}, an additional registry in {Where(home, "additionalRegistries")}: the offline rules (K8S006) admit what the cluster refuses; the pattern is to admit the file's registries";
    }

    /// <summary>The same set of values; a parameter the assignment leaves out takes the definition's default (<paramref name="fallback"/>).</summary>
    private static Problem? Same(ArmValue value, IEnumerable<string> assigned, IEnumerable<string> expected, ClusterPolicy home, string key, IEnumerable<string>? fallback = null)
    {
        if (AdmissionScope.IsUnresolved(value))
        {
            return null;
        }

        return (value.IsSet ? assigned : fallback ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(expected)
            ? null
            : $"{value.Path} is {value.Shown}, but {key} in {Where(home, key)} is {Shown(home.Source.Get(key))}: the offline rules and the cluster's admission would judge by different values; the assignment is to take the file's";
    }

    private static string Where(ClusterPolicy home, string key) => $"{home.Source.File}:{home.Source.LineOf(key)}";

    private static string Shown(JsonNode? node) => node switch
    {
        JsonArray { Count: 0 } => "[]",
        null => "not set",
        _ => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
    };

    private static ResourceQuantity? TryQuantity(string text)
    {
        try
        {
            return new ResourceQuantity(text);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
