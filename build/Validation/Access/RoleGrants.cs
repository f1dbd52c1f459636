using Build.Resources.Azure;

namespace Build.Validation.Access;

/// <summary>The role assignments the deployments predict, indexed by principal: which roles a principal holds on a resource (at it, its resource group or its subscription).</summary>
public sealed class RoleGrants
{
    private readonly Dictionary<Principal, List<(string Role, string Scope)>> _byPrincipal = [];

    public RoleGrants(AzureResources azure)
    {
        foreach (var assignment in azure.OfType(ArmTypes.RoleAssignment).Select(resource => new RoleAssignment(resource)))
        {
            if (Principal.Of(assignment.Resource["properties.principalId"].Text) is not { } principal)
            {
                continue;
            }

            if (!_byPrincipal.TryGetValue(principal, out var grants))
            {
                grants = [];
                _byPrincipal.Add(principal, grants);
            }

            grants.Add((assignment.Role, assignment.Resource.Scope ?? string.Empty));
        }
    }

    /// <summary>The roles (definition GUIDs) <paramref name="principal"/> holds on <paramref name="resourceId"/>.</summary>
    public IReadOnlySet<string> On(Principal principal, string resourceId) =>
        (_byPrincipal.GetValueOrDefault(principal) ?? [])
            .Where(grant => Covers(grant.Scope, resourceId))
            .Select(grant => grant.Role)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool Covers(string scope, string resourceId) =>
        scope.Length > 0 && (string.Equals(scope, resourceId, StringComparison.OrdinalIgnoreCase) || resourceId.StartsWith(scope + "/", StringComparison.OrdinalIgnoreCase));
}
