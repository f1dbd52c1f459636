using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>
/// What the fake "cloud" and "cluster" hold between calls, as JSON in $FAKE_CLI_HOME/state.json:
/// resource groups, deployments, registry images, key vaults, role assignments, helm releases.
/// </summary>
internal sealed class FakeState
{
    private readonly string _path;

    private FakeState(string path, JsonObject root)
    {
        _path = path;
        Root = root;
    }

    public JsonObject Root { get; }

    public JsonObject Section(string name) => Root[name] as JsonObject ?? (JsonObject)(Root[name] = new JsonObject());

    public static FakeState Load(string home)
    {
        var path = Path.Combine(home, "state.json");
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : [];
        return new FakeState(path, root);
    }

    public void Save() => File.WriteAllText(_path, Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}
