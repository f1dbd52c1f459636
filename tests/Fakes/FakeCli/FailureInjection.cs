using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>
/// Failures the test asks for, in $FAKE_CLI_HOME/failures.json:
/// <c>[{"tool":"az","match":"deployment group create","times":1,"exitCode":1,"stderr":"ERROR: (TooManyRequests) …"}]</c>.
/// Each matching call consumes one of <c>times</c> (absent: fails every time).
/// </summary>
internal static class FailureInjection
{
    public static void Apply(string home, string tool, IReadOnlyList<string> args)
    {
        var path = Path.Combine(home, "failures.json");
        if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonArray rules)
        {
            return;
        }

        var line = string.Join(' ', args);
        foreach (var rule in rules.OfType<JsonObject>())
        {
            var times = (int?)rule["times"];
            if ((string?)rule["tool"] != tool || !line.Contains((string?)rule["match"] ?? "\u0000", StringComparison.Ordinal) || times == 0)
            {
                continue;
            }

            if (times is not null)
            {
                rule["times"] = times - 1;
                File.WriteAllText(path, rules.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }

            throw new FakeFailure((int?)rule["exitCode"] ?? 1, (string?)rule["stderr"] ?? "ERROR: injected failure");
        }
    }
}
