using System.Text.RegularExpressions;

namespace Build.Validation.Access;

/// <summary>
/// A value the snapshots leave as an ARM expression because it exists only after deployment,
/// <c>[reference('&lt;resource id&gt;', '&lt;api&gt;').&lt;path&gt;]</c>: which resource it reads and what of it. The client id
/// of Traefik's identity, the principal a role assignment grants, the kubelet identity of the cluster and the registry's
/// login server are all such references, so they are compared by what they refer to.
/// </summary>
public sealed partial record ArmReference(string ResourceId, string Path)
{
    /// <summary>The reference an expression is, or null when it is a literal or another expression.</summary>
    public static ArmReference? Parse(string? expression) =>
        expression is not null && Reference().Match(expression) is { Success: true } match
            ? new ArmReference(match.Groups["id"].Value, match.Groups["path"].Value)
            : null;

    public bool Refers(string resourceId) => string.Equals(ResourceId, resourceId, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\[reference\('(?<id>[^']+)'(?:,\s*'[^']*')*\)\.(?<path>[A-Za-z0-9_.]+)\]$")]
    private static partial Regex Reference();
}
