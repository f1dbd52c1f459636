using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>The FAKE role assignments, kept per id.</summary>
internal sealed class FakeRoleAssignments(FakeState state)
{
    private JsonObject Assignments => state.Section("roleAssignments");

    public string Create(Arguments args)
    {
        var id = $"/subscriptions/{FakeAz.SubscriptionId}/providers/Microsoft.Authorization/roleAssignments/{Guid.NewGuid()}";
        var assignment = new JsonObject
        {
            ["id"] = id,
            ["roleDefinitionName"] = args.Required("--role"),
            ["scope"] = args.Required("--scope"),
            ["principalId"] = args.Required("--assignee-object-id"),
            ["principalType"] = args.Required("--assignee-principal-type"),
            ["description"] = args.Value("--description"),
        };
        Assignments[id] = assignment;
        return assignment.ToJsonString();
    }

    public string List(Arguments args)
    {
        var scope = args.Required("--scope");
        var role = args.Value("--role");
        var assignee = args.Value("--assignee");
        return new JsonArray(Assignments.Select(p => p.Value).OfType<JsonObject>()
            .Where(a => ((string?)a["scope"] ?? string.Empty).StartsWith(scope, StringComparison.OrdinalIgnoreCase))
            .Where(a => role is null || (string?)a["roleDefinitionName"] == role)
            .Where(a => assignee is null || (string?)a["principalId"] == assignee)
            .Select(a => (JsonNode?)a.DeepClone())
            .ToArray()).ToJsonString();
    }

    public string Delete(Arguments args)
    {
        foreach (var id in args.Values("--ids"))
        {
            Assignments.Remove(id);
        }

        return string.Empty;
    }
}
