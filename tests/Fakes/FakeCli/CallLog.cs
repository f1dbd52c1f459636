using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>Appends each call (tool, arguments, the AKS_BASELINE_* variables it saw) to $FAKE_CLI_HOME/calls.jsonl.</summary>
internal static class CallLog
{
    public static void Record(string home, string tool, IReadOnlyList<string> args)
    {
        var variables = new JsonObject();
        foreach (var entry in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Where(e => e.Key.ToString()!.StartsWith("AKS_BASELINE_", StringComparison.Ordinal))
                     .OrderBy(e => e.Key.ToString(), StringComparer.Ordinal))
        {
            variables[entry.Key.ToString()!] = entry.Value?.ToString();
        }

        var line = new JsonObject
        {
            ["tool"] = tool,
            ["args"] = new JsonArray(args.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["env"] = variables,
        };
        File.AppendAllText(Path.Combine(home, "calls.jsonl"), line.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n");
    }
}
