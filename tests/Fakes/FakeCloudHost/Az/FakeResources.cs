using System.Text.Json.Nodes;

namespace FakeCloudHost.Az;

/// <summary>
/// The ARM resources the fake deployments created, by id (case-insensitive, as ARM compares ids), in the
/// shape <c>az resource show</c> prints: id, name, type, resourceGroup, location, tags, properties.
/// </summary>
public sealed class FakeResources(CloudState state)
{
    private JsonObject All => state.Section("resources");

    public JsonObject? Get(string id) => All[id.ToLowerInvariant()] as JsonObject;

    public IEnumerable<JsonObject> OfType(string type) =>
        All.Select(p => p.Value).OfType<JsonObject>().Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject? Named(string type, string name) =>
        OfType(type).FirstOrDefault(r => string.Equals((string?)r["name"], name, StringComparison.OrdinalIgnoreCase));

    public void Put(JsonObject resource) => All[((string)resource["id"]!).ToLowerInvariant()] = resource;

    /// <summary>Deleting a group deletes every resource in it.</summary>
    public IReadOnlyList<JsonObject> RemoveGroup(string group)
    {
        var removed = All.Where(p => string.Equals((string?)p.Value?["resourceGroup"], group, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var (key, _) in removed)
        {
            All.Remove(key);
        }

        return removed.Select(p => p.Value!.AsObject()).ToList();
    }
}
