using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Tools.Bicep;

namespace Build.Caching;

/// <summary>
/// The green-run records of one Bicep check, one per file the check hands the compiler (a template, a parameter
/// file): the files compiling it read, as <c>bicep/getFileReferences</c> named them (modules, imports, loaded JSON,
/// bicepconfig.json), their fingerprint, and what the compiler said about it. An entry is fresh when those files
/// are byte for byte the same, with the same bicep and environment: a comment in cluster.bicep re-runs what uses
/// cluster.bicep and nothing else. Records live in artifacts/.cache/&lt;check&gt;/; <c>--no-cache</c> ignores them.
/// </summary>
/// <param name="bicepPath">The bicep executable the run uses: another build of it may answer differently.</param>
/// <param name="enabled">False with <c>--no-cache</c>: nothing is fresh (green runs are still recorded).</param>
public sealed class BicepEntryCache(string artifacts, string root, string environment, string? bicepPath, bool enabled, string check)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _root = root;

    public string Check => check;

    public static BicepEntryCache For(BuildContext context, string check) => Create(context, check, !context.Options.NoCache);

    /// <summary>For recording green runs only (nothing is fresh to it), whatever --no-cache says.</summary>
    public static BicepEntryCache Recorder(BuildContext context, string check) => Create(context, check, enabled: false);

    private static BicepEntryCache Create(BuildContext context, string check, bool enabled) => new(
        context.Artifacts.FullPath,
        context.Root.FullPath,
        context.EnvironmentName,
        new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Locate(new BicepSettings())?.FullPath,
        enabled,
        check);

    /// <summary>The entry's record when its files have not changed since its last green run, else null.</summary>
    public BicepEntryRecord? Fresh(string entry)
    {
        var path = RecordPath(entry);
        if (!enabled || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var record = JsonSerializer.Deserialize<BicepEntryRecord>(File.ReadAllText(path), Json);
            return record is not null && record.Fingerprint == Fingerprint(record.Files) ? record.Rooted(_root) : null;
        }
        catch (JsonException)
        {
            return null; // a record from another version of the suite: run the check
        }
    }

    /// <summary>Records the entry's green run: what the compiler said, and the files it read (<paramref name="alsoRead"/>: files the check itself reads).</summary>
    public Task Record(string entry, IReadOnlyList<BicepRpcDiagnostic> diagnostics, BicepWorkspace bicep, params string[] alsoRead) =>
        Record(entry, diagnostics, null, bicep, alsoRead);

    /// <param name="result">What the check concluded about the entry, for a later run to reuse (e.g. a snapshot's drift).</param>
    public async Task Record(string entry, IReadOnlyList<BicepRpcDiagnostic> diagnostics, JsonNode? result, BicepWorkspace bicep, params string[] alsoRead)
    {
        var files = (await bicep.FileReferences(entry)).Append(entry).Concat(alsoRead)
            .Select(file => InputFingerprint.Relative(_root, file)).Distinct().Order(StringComparer.Ordinal).ToList();
        var record = new BicepEntryRecord(Fingerprint(files), files, diagnostics, result?.DeepClone()).Relative(_root);
        var path = RecordPath(entry);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(record, Json));
    }

    private string RecordPath(string entry) =>
        Path.Combine(artifacts, ".cache", check, InputFingerprint.Relative(_root, entry) + ".json");

    private string Fingerprint(IEnumerable<string> files) =>
        new InputFingerprint()
            .Add(check)
            .Add("environment:" + environment)
            .AddTool(bicepPath)
            .AddFiles(_root, files)
            .Value;
}

/// <summary>One entry's last green run: the fingerprint of the files it read, those files, the compiler's findings and what the check concluded.</summary>
public sealed record BicepEntryRecord(string Fingerprint, IReadOnlyList<string> Files, IReadOnlyList<BicepRpcDiagnostic> Diagnostics, JsonNode? Result = null)
{
    /// <summary>Paths relative to the repository, so a copy of it (an agent's fresh clone) can use the record.</summary>
    public BicepEntryRecord Relative(string root) =>
        this with { Diagnostics = Diagnostics.Select(d => d with { Source = InputFingerprint.Relative(root, d.Source) }).ToList() };

    public BicepEntryRecord Rooted(string root) =>
        this with { Diagnostics = Diagnostics.Select(d => d with { Source = Path.GetFullPath(Path.Combine(root, d.Source)) }).ToList() };
}
