using System.Text.Json.Nodes;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// What the FAKE cluster holds: the objects kubectl applied and the charts' helm created, as JSON by
/// "apiVersion/kind/namespace/name", and how it behaves while they settle. Tests shape the behaviour in the
/// state's "cluster" section: <c>loadBalancerAfterReads</c> (reads before a LoadBalancer service gets its
/// IP), <c>loadBalancerIps</c> ("ns/name" → the IP Azure hands out instead of the requested one),
/// <c>stuck</c> ("ns/name" of a Deployment → {reason, message} its pods wait with).
/// </summary>
public sealed class FakeCluster(CloudState state)
{
    private JsonObject Section => state.Section("cluster");

    private JsonObject Objects => Section["objects"] as JsonObject ?? (JsonObject)(Section["objects"] = new JsonObject());

    public static string Key(string apiVersion, string kind, string? @namespace, string name) => $"{apiVersion}/{kind}/{@namespace ?? string.Empty}/{name}";

    public JsonObject? Get(string apiVersion, string kind, string? @namespace, string name) => Objects[Key(apiVersion, kind, @namespace, name)] as JsonObject;

    public IEnumerable<JsonObject> All(string kind, string? @namespace) =>
        Objects.Select(p => p.Value).OfType<JsonObject>()
            .Where(o => (string?)o["kind"] == kind && (@namespace is null || (string?)o["metadata"]?["namespace"] == @namespace));

    /// <summary>Server-side apply: the object as sent replaces the fields it names (here: the whole object), status kept.</summary>
    public string Apply(JsonObject item, string? defaultNamespace)
    {
        var apiVersion = (string)item["apiVersion"]!;
        var kind = (string)item["kind"]!;
        var metadata = item["metadata"] as JsonObject ?? (JsonObject)(item["metadata"] = new JsonObject());
        if (Namespaced(kind) && metadata["namespace"] is null)
        {
            metadata["namespace"] = defaultNamespace ?? "default";
        }

        var key = Key(apiVersion, kind, Namespaced(kind) ? (string?)metadata["namespace"] : null, (string)metadata["name"]!);
        var existing = Objects[key] as JsonObject;
        metadata["generation"] = ((int?)existing?["metadata"]?["generation"] ?? 0) + 1;
        metadata["uid"] = (string?)existing?["metadata"]?["uid"] ?? Guid.NewGuid().ToString();
        Objects[key] = item;
        return key;
    }

    public void Remove(string key) => Objects.Remove(key);

    /// <summary>The reads of one thing so far (settling behaviour is counted in reads, not seconds: tests stay fast).</summary>
    public int Read(string what)
    {
        var reads = Section["reads"] as JsonObject ?? (JsonObject)(Section["reads"] = new JsonObject());
        var count = ((int?)reads[what] ?? 0) + 1;
        reads[what] = count;
        return count;
    }

    public int LoadBalancerAfterReads => (int?)Section["loadBalancerAfterReads"] ?? 0;

    public string? LoadBalancerIpOverride(string @namespace, string name) => (string?)Section["loadBalancerIps"]?[$"{@namespace}/{name}"];

    public JsonObject? Stuck(string @namespace, string name) => Section["stuck"]?[$"{@namespace}/{name}"] as JsonObject;

    private static bool Namespaced(string kind) => kind is not ("Namespace" or "ClusterRole" or "ClusterRoleBinding" or "CustomResourceDefinition" or "PriorityClass" or "StorageClass" or "IngressClass" or "CSIDriver");
}
