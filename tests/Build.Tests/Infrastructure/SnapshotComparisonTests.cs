using System.Text.Json.Nodes;
using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

/// <summary>Drift as bicep snapshot --mode validate judges it (resources by id, any difference in the body), and the outputs.</summary>
public sealed class SnapshotComparisonTests
{
    private const string Group = "/subscriptions/0/resourceGroups/rg";

    [Test]
    public void The_same_snapshot_has_no_change_whatever_the_order_of_resources_and_outputs()
    {
        var committed = Snapshot([Firewall("Standard"), Workspace(30)], """{ "a": { "type": "string", "value": "x" }, "b": { "type": "int", "value": 1 } }""");
        var fresh = Snapshot([Workspace(30), Firewall("Standard")], """{ "b": { "type": "int", "value": 1 }, "a": { "type": "string", "value": "x" } }""");

        Assert.That(SnapshotComparison.Changes(committed, fresh), Is.Empty);
    }

    [Test]
    public void A_changed_property_is_named_by_its_path_under_the_resource()
    {
        var changes = SnapshotComparison.Changes(Snapshot([Firewall("Standard")]), Snapshot([Firewall("Premium")]));

        Assert.That(changes.Select(change => change.ToString()), Is.EqualTo(new[] { "Microsoft.Network/azureFirewalls/afw changed (properties.sku.tier)" }));
        Assert.That(changes.Single().Scope, Is.EqualTo(Group));
    }

    [Test]
    public void Added_and_removed_resources_and_an_array_of_another_length()
    {
        var before = Snapshot([Firewall("Standard", "10.0.0.4")]);
        var after = Snapshot([Firewall("Standard", "10.0.0.4", "10.0.0.5"), Workspace(30)]);

        Assert.That(SnapshotComparison.Changes(before, after).Select(change => change.ToString()), Is.EqualTo(new[]
        {
            "Microsoft.Network/azureFirewalls/afw changed (properties.addresses)",
            "Microsoft.OperationalInsights/workspaces/log added",
        }));
        Assert.That(SnapshotComparison.Changes(after, before).Select(change => change.ToString()), Has.Member("Microsoft.OperationalInsights/workspaces/log removed"));
    }

    [Test]
    public void Outputs_the_later_stages_read_count_too()
    {
        var changes = SnapshotComparison.Changes(
            Snapshot([], """{ "firewallPrivateIp": { "type": "string", "value": "10.200.0.4" } }"""),
            Snapshot([], """{ "firewallPrivateIp": { "type": "string", "value": "10.200.0.5" }, "hubVnetId": { "type": "string", "value": "x" } }"""));

        Assert.That(changes.Select(change => change.ToString()), Is.EqualTo(new[] { "output firewallPrivateIp changed", "output hubVnetId added" }));
    }

    private static JsonObject Snapshot(JsonObject[] resources, string outputs = "{}") =>
        new() { ["predictedResources"] = new JsonArray([.. resources]), ["outputs"] = JsonNode.Parse(outputs) };

    private static JsonObject Firewall(string tier, params string[] addresses) => new()
    {
        ["id"] = $"{Group}/providers/Microsoft.Network/azureFirewalls/afw",
        ["type"] = "Microsoft.Network/azureFirewalls",
        ["name"] = "afw",
        ["properties"] = new JsonObject { ["sku"] = new JsonObject { ["tier"] = tier }, ["addresses"] = new JsonArray([.. addresses.Select(a => (JsonNode)a)]) },
    };

    private static JsonObject Workspace(int days) => new()
    {
        ["id"] = $"{Group}/providers/Microsoft.OperationalInsights/workspaces/log",
        ["type"] = "Microsoft.OperationalInsights/workspaces",
        ["name"] = "log",
        ["properties"] = new JsonObject { ["retentionInDays"] = days },
    };
}
