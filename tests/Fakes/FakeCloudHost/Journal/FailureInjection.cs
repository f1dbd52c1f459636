using System.Text.Json;
using System.Text.Json.Nodes;
using FakeCloudHost.Cli;

namespace FakeCloudHost.Journal;

/// <summary>
/// Failures a test asks for, in <c>&lt;home&gt;/failures.json</c>:
/// <c>[{"tool":"az","match":"deployment group create","times":1,"exitCode":1,"stderr":"ERROR: (TooManyRequests) …"}]</c>.
/// A call whose command line contains <c>match</c> consumes one of <c>times</c> (absent: fails every time).
/// The text is the real tool's: the test copies it from the source it names.
/// </summary>
public sealed class FailureInjection(string home)
{
    private readonly string _path = Path.Combine(home, "failures.json");

    public void Apply(string tool, IReadOnlyList<string> args)
    {
        if (!File.Exists(_path) || JsonNode.Parse(File.ReadAllText(_path)) is not JsonArray rules)
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
                File.WriteAllText(_path, rules.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }

            throw new CliFailure((int?)rule["exitCode"] ?? 1, (string?)rule["stderr"] ?? "ERROR: injected failure");
        }
    }
}
