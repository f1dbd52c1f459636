namespace FakeCli;

/// <summary>The FAKE kubectl: records applies (server-side apply output), reports a client version.</summary>
internal sealed class FakeKubectl(FakeState state)
{
    public string Run(Arguments args) => args.Command switch
    {
        "version" => """{"clientVersion": {"major": "1", "minor": "33", "gitVersion": "v1.33.9"}, "kustomizeVersion": "v5.6.0"}""",
        "apply" => Apply(args),
        _ => throw new FakeFailure(1, $"error: the fake kubectl does not know '{args.Command}'"),
    };

    private string Apply(Arguments args)
    {
        var applied = state.Section("applied");
        var files = args.Values("--filename");
        foreach (var file in files)
        {
            applied[file] = File.Exists(file) ? File.ReadAllText(file).Length : -1;
        }

        return string.Join('\n', files.Select(f => $"{Path.GetFileName(f)} serverside-applied")) + "\n";
    }
}
