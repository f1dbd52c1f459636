using System.Text.Json.Nodes;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// The FAKE cluster's helm releases, as helm 4 keeps them (one record per release with its revision,
/// status — deployed, failed, pending-install, pending-upgrade, pending-rollback — chart, app version and
/// release labels). Tests leave a release pending to stand for a run that was cancelled half-way.
/// </summary>
public sealed class FakeReleases(CloudState state)
{
    private JsonObject Releases => state.Section("releases");

    public IEnumerable<JsonObject> All => Releases.Select(p => p.Value).OfType<JsonObject>();

    public JsonObject? Get(string @namespace, string name) => Releases[$"{@namespace}/{name}"] as JsonObject;

    public void Put(JsonObject release) => Releases[$"{release["namespace"]}/{release["name"]}"] = release;

    public void Remove(string @namespace, string name) => Releases.Remove($"{@namespace}/{name}");
}
