using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FakeCli;

/// <summary>
/// The FAKE helm: repositories and releases (with their labels), as helm 4 reports them. What helm does without a
/// cluster (template, lint, show, pull) is not faked: the real helm (the next one on PATH) runs it, as Validate needs.
/// </summary>
internal sealed class FakeHelm(FakeState state)
{
    private static readonly string[] Offline = ["template", "lint", "show", "pull"];

    public string Run(Arguments args) => string.Join(' ', args.All.Take(2)) switch
    {
        _ when Offline.Contains(args.All[0]) => RealHelm(args),
        _ when args.Command == "version" => "v4.1.4+g05fa379\n",
        "repo add" => RepoAdd(args),
        "repo update" => "Update Complete. ⎈Happy Helming!⎈\n",
        _ when args.Command == "list" => List(args),
        _ when args.All[0] == "upgrade" => Upgrade(args),
        _ => throw new FakeFailure(1, $"Error: the fake helm does not know '{args.Command}'"),
    };

    private JsonObject Releases => state.Section("releases");

    /// <summary>Runs the real helm with the same arguments: its output, or its error and exit code.</summary>
    private static string RealHelm(Arguments args)
    {
        var own = Path.Combine(Environment.GetEnvironmentVariable("FAKE_CLI_HOME") ?? string.Empty, "bin");
        var helm = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0 && !string.Equals(Path.GetFullPath(folder).TrimEnd('/'), Path.GetFullPath(own).TrimEnd('/'), StringComparison.Ordinal))
            .Select(folder => Path.Combine(folder, "helm"))
            .FirstOrDefault(File.Exists)
            ?? throw new FakeFailure(127, "Error: the fake helm renders with the real helm, and there is none on PATH after the fake's own folder (run ./build.sh --target=Tools).");
        var start = new ProcessStartInfo(helm) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.All)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new FakeFailure(process.ExitCode, error.Result.TrimEnd());
    }

    private string RepoAdd(Arguments args)
    {
        var words = args.Command.Split(' ');
        state.Section("repositories")[words[2]] = words.Length > 3 ? words[3] : string.Empty;
        return $"\"{words[2]}\" has been added to your repositories\n";
    }

    private string Upgrade(Arguments args)
    {
        var words = args.Positional("--kubeconfig", "--kube-context", "--namespace", "--version", "--values", "--set", "--labels");
        var release = words[1];
        var ns = args.Value("--namespace") ?? "default";
        var key = $"{ns}/{release}";
        var revision = ((int?)Releases[key]?["revision"] ?? 0) + 1;
        var labels = new JsonObject();
        foreach (var pair in args.Values("--labels").SelectMany(v => v.Split(',')))
        {
            var equals = pair.IndexOf('=');
            labels[pair[..equals]] = pair[(equals + 1)..];
        }

        Releases[key] = new JsonObject
        {
            ["name"] = release,
            ["namespace"] = ns,
            ["chart"] = words[2],
            ["version"] = args.Value("--version"),
            ["revision"] = revision,
            ["status"] = "deployed",
            ["labels"] = labels,
        };
        return $"Release \"{release}\" has been upgraded. Happy Helming!\nREVISION: {revision}\n";
    }

    private string List(Arguments args)
    {
        var ns = args.Value("--namespace") ?? "default";
        var selector = (args.Value("--selector") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=', 2)).ToList();
        var matches = Releases.Select(p => p.Value).OfType<JsonObject>()
            .Where(r => (string?)r["namespace"] == ns)
            .Where(r => selector.All(s => s[0] == "name" ? (string?)r["name"] == s[1] : (string?)r["labels"]?[s[0]] == s[1]))
            .Select(r => (JsonNode?)new JsonObject
            {
                ["name"] = r["name"]!.DeepClone(),
                ["namespace"] = ns,
                ["revision"] = r["revision"]!.ToString(),
                ["status"] = "deployed",
                ["chart"] = r["chart"]!.DeepClone(),
            });
        return new JsonArray(matches.ToArray()).ToJsonString();
    }
}
