using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Build.Infrastructure;

/// <summary>
/// Parameters still at a value the repository ships as an example: a Microsoft Entra group id that is the
/// all-zero placeholder GUID, API server ranges inside the documentation ranges of RFC 5737 (which no machine
/// has, so nobody could reach the cluster), a reserved example domain (RFC 2606). Each stops Preflight.
/// The reference's fictitious Contoso domain deploys (nothing resolves it publicly, the certificates are
/// self-signed), and contact e-mails under it reach no one: Preflight lets them through. Validate notes
/// every one early (rule GOV015), without failing the repository as shipped.
/// </summary>
public static partial class ShippedPlaceholders
{
    private static readonly IPNetwork[] DocumentationRanges = [IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24")];
    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org"];
    private static readonly string[] ReservedSuffixes = [".example", ".test", ".invalid", ".localhost"];
    private static readonly string[] FictitiousDomains = ["contoso.com", "fabrikam.com", "adventure-works.com", "northwindtraders.com", "wingtiptoys.com"];

    /// <summary>The placeholders of the environment as committed: its cluster parameter file and the cluster's committed snapshot (what Preflight deploys).</summary>
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
        return Find(file, lines, Strings(cluster?["properties"]?["apiServerAccessProfile"]?["authorizedIPRanges"]).ToList(), snapshot.Outputs.GetValueOrDefault("domainName")?.ToString());
    }

    /// <summary>
    /// The placeholders among values already read: the cluster parameter file's lines (<paramref name="file"/> as
    /// messages name it), the API server's authorized ranges and the domain name the cluster deployment predicts.
    /// Validate passes what the templates predict now; Preflight what is committed.
    /// </summary>
    public static IReadOnlyList<Placeholder> Find(string file, IReadOnlyList<string> parameterLines, IReadOnlyList<string> authorizedIPRanges, string? domainName)
    {
        var lines = parameterLines as string[] ?? parameterLines.ToArray();
        var found = new List<Placeholder>();

        // Entra group ids: any parameter set to the all-zero GUID the repository ships as an example
        for (var i = 0; i < lines.Length; i++)
        {
            if (GroupIdLine().Match(lines[i]) is { Success: true } match)
            {
                found.Add(new Placeholder(match.Groups[1].Value, match.Groups[2].Value, file, i + 1, true,
                    "the object id of your own Microsoft Entra group (az ad group show --group <name> --query id)"));
            }
        }

        foreach (var range in authorizedIPRanges.Where(InDocumentationRange))
        {
            found.Add(new Placeholder("authorizedIPRanges", range, file, LineOf(lines, "authorizedIPRanges"), true,
                "your operators' and pipeline agents' public ranges (RFC 5737 documentation ranges reach no machine)"));
        }

        if (domainName is { } domain)
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

        // contact e-mail addresses under the reference's fictitious or an example domain: alerts would reach no one
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match mail in Mail().Matches(lines[i]))
            {
                var mailDomain = mail.Groups[1].Value;
                if (IsReserved(mailDomain) || FictitiousDomains.Contains(mailDomain, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(new Placeholder(ParameterAt(lines, i), mail.Value, file, i + 1, false, "an address your team reads (budget and alert notifications go there)"));
                }
            }
        }

        return found;
    }

    /// <summary>The parameter a line belongs to: the nearest "param" line at or above it.</summary>
    private static string ParameterAt(string[] lines, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (ParamName().Match(lines[i]) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        return "?";
    }

    [GeneratedRegex(@"^\s*param\s+(\w+)\s*=\s*'(00000000-0000-0000-0000-[0-9a-fA-F]{12})'")]
    private static partial Regex GroupIdLine();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")]
    private static partial Regex Mail();

    [GeneratedRegex(@"^\s*param\s+(\w+)\b")]
    private static partial Regex ParamName();

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
