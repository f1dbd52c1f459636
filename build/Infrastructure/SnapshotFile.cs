using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// Makes a snapshot bicep just wrote reproducible: bicep 0.49 writes the outputs in a different
/// order on every run (the resources are stable), so they are sorted by name. The content is
/// otherwise untouched, and <c>--mode validate</c> reads the file as before.
/// </summary>
public static class SnapshotFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Normalize(string path) => File.WriteAllText(path, Normalized(File.ReadAllText(path), path));

    /// <summary>The snapshot as the repository commits it: outputs by name, indented, one newline at the end.</summary>
    /// <param name="source">What the text is, for the error.</param>
    public static string Normalized(string json, string source) => Text(Parse(json, source));

    public static JsonObject Parse(string json, string source) =>
        JsonNode.Parse(json) as JsonObject ?? throw new JsonException($"{source} is not a bicep snapshot (no JSON object).");

    private static string Text(JsonObject root)
    {
        if (root["outputs"] is JsonObject outputs)
        {
            var sorted = new JsonObject();
            foreach (var (name, value) in outputs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
            {
                outputs.Remove(name);
                sorted[name] = value;
            }

            root["outputs"] = sorted;
        }

        return root.ToJsonString(Indented) + "\n";
    }
}
