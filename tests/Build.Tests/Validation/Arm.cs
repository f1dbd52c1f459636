using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Resources.Azure;

namespace Build.Tests.Validation;

/// <summary>Short ways to reach the prod resources a mutation edits.</summary>
internal static class Arm
{
    public static JsonObject Cluster(this ProdFixture prod) => prod.Resource(Stage.Cluster, ArmTypes.ManagedCluster);

    public static JsonObject Pool(this ProdFixture prod, string name) =>
        prod.Cluster()["properties"]!["agentPoolProfiles"]!.AsArray().OfType<JsonObject>().Single(pool => (string?)pool["name"] == name);

    public static JsonObject Subnet(this ProdFixture prod, Stage stage, string name) =>
        prod.Resource(stage, ArmTypes.VirtualNetwork)["properties"]!["subnets"]!.AsArray().OfType<JsonObject>().Single(subnet => (string?)subnet["name"] == name)["properties"]!.AsObject();

    public static JsonObject Gateway(this ProdFixture prod) => prod.Resource(Stage.Cluster, ArmTypes.ApplicationGateway);

    public static JsonObject Properties(this JsonObject resource) => resource["properties"]!.AsObject();

    /// <summary>Sets a dotted path, creating the objects on the way.</summary>
    public static void Set(this JsonObject json, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var current = json;
        foreach (var segment in segments[..^1])
        {
            if (current[segment] is not JsonObject next)
            {
                next = [];
                current[segment] = next;
            }

            current = next;
        }

        current[segments[^1]] = value;
    }
}
