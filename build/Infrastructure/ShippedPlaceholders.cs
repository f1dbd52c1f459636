using System.Net;
using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// Parameters still at a value the repository ships as an example, read from what the cluster deployment
/// predicts: the placeholder admin group id (an all-zero GUID), API server ranges inside the documentation
/// ranges of RFC 5737 (which no machine has, so nobody could reach the cluster), a reserved example domain
/// (RFC 2606). Each is a warning in Validate and stops Preflight. The reference's fictitious Contoso domain
/// deploys (nothing resolves it publicly, the certificates are self-signed) and is only ever a warning.
/// </summary>
public static class ShippedPlaceholders
{
    private static readonly IPNetwork[] DocumentationRanges = [IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24")];
    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org"];
    private static readonly string[] ReservedSuffixes = [".example", ".test", ".invalid", ".localhost"];
    private static readonly string[] FictitiousDomains = ["contoso.com", "fabrikam.com", "adventure-works.com", "northwindtraders.com", "wingtiptoys.com"];

    public static IReadOnlyList<Placeholder> Find(EnvironmentLayout layout)
    {
        var path = layout.Snapshot(Stage.Cluster).FullPath;
        if (!File.Exists(path))
        {
            return [];
        }

        var snapshot = BicepSnapshot.Load(path);
        var parameters = layout.Parameters(Stage.Cluster);
        var file = System.IO.Path.GetRelativePath(layout.Root.FullPath, parameters.FullPath).Replace('\\', '/');
        var lines = File.Exists(parameters.FullPath) ? File.ReadAllLines(parameters.FullPath) : [];
        var cluster = snapshot.PredictedResources.FirstOrDefault(r => string.Equals((string?)r["type"], "Microsoft.ContainerService/managedClusters", StringComparison.OrdinalIgnoreCase));
        var found = new List<Placeholder>();

        foreach (var group in Strings(cluster?["properties"]?["aadProfile"]?["adminGroupObjectIDs"]).Where(g => g.StartsWith("00000000-0000-0000-0000-", StringComparison.Ordinal)))
        {
            found.Add(new Placeholder("clusterAdminGroupObjectId", group, file, LineOf(lines, "clusterAdminGroupObjectId"), true,
                "the object id of your Microsoft Entra group of cluster admins (az ad group show --group <name> --query id)"));
        }

        foreach (var range in Strings(cluster?["properties"]?["apiServerAccessProfile"]?["authorizedIPRanges"]).Where(InDocumentationRange))
        {
            found.Add(new Placeholder("authorizedIPRanges", range, file, LineOf(lines, "authorizedIPRanges"), true,
                "your operators' and pipeline agents' public ranges (RFC 5737 documentation ranges reach no machine)"));
        }

        if (snapshot.Outputs.GetValueOrDefault("domainName")?.ToString() is { } domain)
        {
            if (IsReserved(domain))
            {
                found.Add(new Placeholder("domainName", domain, file, LineOf(lines, "domainName"), true, "your own domain (RFC 2606 reserves example domains)"));
            }
            else if (FictitiousDomains.Contains(domain, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(new Placeholder("domainName", domain, file, LineOf(lines, "domainName"), false, "your own domain before serving real users (the reference's fictitious domain deploys, with self-signed certificates)"));
            }
        }

        return found;
    }

    private static bool InDocumentationRange(string range) =>
        IPNetwork.TryParse(range.Contains('/') ? range : range + "/32", out var network) &&
        DocumentationRanges.Any(documentation => documentation.Contains(network.BaseAddress));

    private static bool IsReserved(string domain) =>
        ReservedDomains.Any(d => domain.Equals(d, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase)) ||
        ReservedSuffixes.Any(s => domain.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Strings(JsonNode? array) => (array as JsonArray ?? []).Select(v => v?.ToString()).OfType<string>();

    private static int? LineOf(string[] lines, string parameter)
    {
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"param {parameter} ", StringComparison.Ordinal) || l.TrimStart().StartsWith($"param {parameter}=", StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }
}

/// <summary>One parameter left at a shipped example value: where it is and what to set instead.</summary>
/// <param name="Blocking">True when a deployment with it cannot work as intended: Preflight refuses it.</param>
public sealed record Placeholder(string Parameter, string Value, string File, int? Line, bool Blocking, string SetInstead)
{
    public string Location => Line is { } line ? $"{File}:{line}" : File;

    public override string ToString() => $"{Parameter} is still the shipped placeholder '{Value}' ({Location}): set it to {SetInstead}, then run ./build.sh --target=Snapshots";
}
