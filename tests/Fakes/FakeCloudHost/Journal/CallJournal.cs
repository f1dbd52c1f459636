using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeCloudHost.Journal;

/// <summary>
/// Appends every request the fake cloud receives to <c>&lt;home&gt;/calls.jsonl</c>, one JSON object a line:
/// <c>{"tool":"az","args":[…]}</c> for a command-line call (with the AKS_BASELINE_* variables it saw, under
/// "env"), <c>{"tool":"keyvault","method":"PUT","path":"/secrets/x"}</c> for an HTTP request.
/// </summary>
public sealed class CallJournal(string home)
{
    private readonly string _path = Path.Combine(home, "calls.jsonl");
    private readonly Lock _gate = new();

    public void Cli(string tool, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment) =>
        Append(new JsonObject
        {
            ["tool"] = tool,
            ["args"] = new JsonArray(args.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["env"] = new JsonObject(environment
                .Where(p => p.Key.StartsWith("AKS_BASELINE_", StringComparison.Ordinal))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        });

    public void Http(string tool, string method, string path) =>
        Append(new JsonObject { ["tool"] = tool, ["method"] = method, ["path"] = path });

    private void Append(JsonObject line)
    {
        lock (_gate)
        {
            File.AppendAllText(_path, line.ToJsonString(JsonSerializerOptions.Default) + "\n");
        }
    }
}
