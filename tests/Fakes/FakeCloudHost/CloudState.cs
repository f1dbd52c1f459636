using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeCloudHost;

/// <summary>
/// Everything the FAKE cloud holds — resource groups, deployments, vaults and their objects, registries,
/// role assignments, helm releases, cluster objects — as one JSON document, written to
/// <c>&lt;home&gt;/state.json</c> after every change so people and tests can read it. One lock serialises
/// every request, as one cloud would serialise them per resource.
/// </summary>
public sealed class CloudState
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly string _path;

    public CloudState(string home, CloudIdentity identity, string publicIp)
    {
        _path = Path.Combine(home, "state.json");
        Identity = identity;
        PublicIp = publicIp;
        Root = File.Exists(_path) ? JsonNode.Parse(File.ReadAllText(_path)) as JsonObject ?? [] : [];
    }

    public JsonObject Root { get; private set; }

    public object Gate { get; } = new();

    /// <summary>Who az is signed in as.</summary>
    public CloudIdentity Identity { get; set; }

    /// <summary>The address this machine's requests come from, as Azure sees it (Key Vault's firewall, api.ipify.org).</summary>
    public string PublicIp { get; }

    public JsonObject Section(string name) => Root[name] as JsonObject ?? (JsonObject)(Root[name] = new JsonObject());

    public void Save() => File.WriteAllText(_path, Root.ToJsonString(Indented));

    /// <summary>Replaces everything (tests set up a situation, e.g. what a killed run left behind).</summary>
    public void Replace(JsonObject root)
    {
        Root = root;
        Save();
    }
}
