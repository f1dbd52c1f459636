using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Az;

/// <summary>
/// Role assignments (<c>az role assignment create/list/delete</c>), following azure-cli's role/custom.py:
/// an assignment that exists (same scope, role and principal) is returned as it is instead of created;
/// <c>list --scope</c> answers assignments at exactly that scope (atScope() then an exact-scope filter),
/// <c>--include-inherited</c> adds those above it, <c>--all</c> lists the whole subscription; <c>delete --ids</c>
/// of an id that is gone succeeds (ARM answers 204). Ids lie under their scope, as ARM makes them.
/// </summary>
public sealed class FakeRoleAssignments(CloudState state)
{
    private JsonObject Assignments => state.Section("roleAssignments");

    public IEnumerable<JsonObject> All => Assignments.Select(p => p.Value).OfType<JsonObject>();

    public string Create(AzArguments args)
    {
        var role = Role(args.Required("--role"));
        var scope = args.Required("--scope").TrimEnd('/');
        var principal = args.Value("--assignee-object-id") ?? args.Value("--assignee")
            ?? throw new CliFailure(1, "ERROR: usage error: --assignee STRING | --assignee-object-id GUID");
        var existing = All.FirstOrDefault(a =>
            string.Equals((string?)a["scope"], scope, StringComparison.OrdinalIgnoreCase) &&
            string.Equals((string?)a["principalId"], principal, StringComparison.OrdinalIgnoreCase) &&
            ((string?)a["roleDefinitionId"])?.EndsWith(role.Id, StringComparison.OrdinalIgnoreCase) == true);
        if (existing is not null)
        {
            return Printed(existing, withNames: false).ToJsonString();
        }

        var name = Guid.NewGuid().ToString();
        var assignment = new JsonObject
        {
            ["condition"] = null,
            ["conditionVersion"] = null,
            ["createdBy"] = state.Identity.ObjectId,
            ["createdOn"] = DateTimeOffset.UtcNow.ToString("O"),
            ["delegatedManagedIdentityResourceId"] = null,
            ["description"] = args.Value("--description"),
            ["id"] = $"{scope}/providers/Microsoft.Authorization/roleAssignments/{name}",
            ["name"] = name,
            ["principalId"] = principal,
            ["principalType"] = args.Value("--assignee-principal-type") ?? "User",
            ["resourceGroup"] = ResourceIds.GroupOf(scope),
            ["roleDefinitionId"] = $"{ResourceIds.Subscription}/providers/Microsoft.Authorization/roleDefinitions/{role.Id}",
            ["scope"] = scope,
            ["type"] = "Microsoft.Authorization/roleAssignments",
            ["updatedBy"] = state.Identity.ObjectId,
            ["updatedOn"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        Assignments[((string)assignment["id"]!).ToLowerInvariant()] = assignment;
        return Printed(assignment, withNames: false).ToJsonString();
    }

    public string List(AzArguments args)
    {
        var scope = args.Value("--scope")?.TrimEnd('/')
            ?? (args.Value("--resource-group") is { } group ? ResourceIds.Group(group) : null);
        var all = args.Has("--all");
        if (scope is null && !all)
        {
            scope = ResourceIds.Subscription;
        }

        var inherited = args.Has("--include-inherited");
        var role = args.Value("--role") is { } roleName ? Role(roleName) : null;
        var assignee = args.Value("--assignee-object-id") ?? args.Value("--assignee");
        var matches = All
            .Where(a => scope is null || all || string.Equals((string?)a["scope"], scope, StringComparison.OrdinalIgnoreCase) ||
                        (inherited && ResourceIds.IsAtOrBelow(scope, (string)a["scope"]!)))
            .Where(a => role is null || ((string?)a["roleDefinitionId"])?.EndsWith(role.Id, StringComparison.OrdinalIgnoreCase) == true)
            .Where(a => assignee is null || string.Equals((string?)a["principalId"], assignee, StringComparison.OrdinalIgnoreCase))
            .Select(a => (JsonNode?)Printed(a, withNames: true));
        return new JsonArray(matches.ToArray()).ToJsonString();
    }

    public string Delete(AzArguments args)
    {
        foreach (var id in args.Values("--ids"))
        {
            Assignments.Remove(id.ToLowerInvariant());
        }

        return string.Empty;
    }

    /// <summary>Role assignments that let <paramref name="principal"/> act at <paramref name="scope"/> (at it or above).</summary>
    public IEnumerable<BuiltInRoles.Role> RolesOf(string principal, string scope) =>
        All.Where(a => string.Equals((string?)a["principalId"], principal, StringComparison.OrdinalIgnoreCase) &&
                       ResourceIds.IsAtOrBelow(scope, (string)a["scope"]!))
            .Where(Visible)
            .Select(a => BuiltInRoles.Find((string)a["roleDefinitionId"]!))
            .OfType<BuiltInRoles.Role>();

    /// <summary>
    /// A new assignment takes a while to reach the services that enforce it (up to 10 minutes, per the Azure
    /// RBAC troubleshooting guide); a test sets <c>hiddenForRequests</c> on one to make it take that long.
    /// </summary>
    private static bool Visible(JsonObject assignment)
    {
        var hidden = (int?)assignment["hiddenForRequests"] ?? 0;
        if (hidden <= 0)
        {
            return true;
        }

        assignment["hiddenForRequests"] = hidden - 1;
        return false;
    }

    /// <summary>list fills in roleDefinitionName and principalName; create prints the bare assignment.</summary>
    private static JsonObject Printed(JsonObject assignment, bool withNames)
    {
        var printed = (JsonObject)assignment.DeepClone();
        printed.Remove("hiddenForRequests");
        if (withNames)
        {
            printed["principalName"] = string.Empty;
            printed["roleDefinitionName"] = BuiltInRoles.Find((string)assignment["roleDefinitionId"]!)?.Name;
        }

        return printed;
    }

    private static BuiltInRoles.Role Role(string nameOrId) =>
        BuiltInRoles.Find(nameOrId) ?? throw new CliFailure(1, $"ERROR: Role '{nameOrId}' doesn't exist.");
}
