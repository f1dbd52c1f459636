using Build.Caching;
using Build.Tools.Bicep;
using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// Compiles the three deployments (<c>bicep/&lt;stage&gt;.bicep</c>; modules and shared imports are compiled
/// into them) to ARM JSON with the run's compiler, byte for byte what <c>bicep build</c> writes. A template
/// unchanged since its last green run (with everything it reads) keeps the ARM JSON it compiled to.
/// </summary>
public sealed class TemplateCompiler(BicepWorkspace bicep, BicepEntryCache cache)
{
    public static IReadOnlyList<string> Entries(DirectoryPath root) =>
        Stage.All.Select(stage => Template(root, stage)).ToList();

    /// <summary>
    /// The templates unchanged since their last green run; the ARM JSON of each is written again from its record if it
    /// is missing (a fresh agent that restored the records from the pipeline cache has no artifacts/bicep/).
    /// </summary>
    public static BicepEntries Sort(DirectoryPath root, DirectoryPath outputDirectory, BicepEntryCache cache)
    {
        var entries = BicepEntries.Sort(Entries(root), cache);
        var written = new Dictionary<string, BicepEntryRecord>(StringComparer.Ordinal);
        foreach (var (entry, record) in entries.Fresh)
        {
            var output = Output(outputDirectory, StageOf(root, entry)).FullPath;
            if (!File.Exists(output) && record.Result?.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                Directory.CreateDirectory(outputDirectory.FullPath);
                File.WriteAllText(output, record.Result.GetValue<string>());
            }

            if (File.Exists(output))
            {
                written[entry] = record;
            }
        }

        return entries with { Fresh = written };
    }

    /// <returns>The compiled templates and the compiler's findings (errors throw, and nothing is written).</returns>
    public async Task<CompiledTemplates> Build(BicepEntries entries, DirectoryPath root, DirectoryPath outputDirectory)
    {
        var missing = entries.All.FirstOrDefault(entry => !File.Exists(entry));
        if (missing is not null)
        {
            throw new InvalidOperationException($"{System.IO.Path.GetRelativePath(root.FullPath, missing)} is missing: every stage ({string.Join(", ", Stage.All.Select(s => s.Name))}) needs its template.");
        }

        var compiled = await Task.WhenAll(entries.Stale.Select(async entry => (Entry: entry, Compilation: await bicep.Compile(entry))));
        var diagnostics = compiled.SelectMany(c => c.Compilation.Diagnostics)
            .Concat(entries.Fresh.Values.SelectMany(record => record.Diagnostics))
            .Distinct()
            .Select(d => BicepDiagnostic.From(d, root.FullPath))
            .ToList();
        var errors = diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Error).ToList();
        if (errors.Count > 0 || compiled.Any(c => !c.Compilation.Success || c.Compilation.Contents is null))
        {
            throw new InvalidOperationException(errors.Count > 0
                ? $"bicep build failed: {string.Join("; ", errors)}"
                : "bicep build failed without saying why: run bicep build on the templates to see its output.");
        }

        Directory.CreateDirectory(outputDirectory.FullPath);
        foreach (var (entry, compilation) in compiled)
        {
            await File.WriteAllTextAsync(Output(outputDirectory, StageOf(root, entry)).FullPath, compilation.Contents);
            await cache.Record(entry, compilation.Diagnostics, System.Text.Json.Nodes.JsonValue.Create(compilation.Contents), bicep);
        }

        return new CompiledTemplates(Stage.All.Select(stage => Output(outputDirectory, stage)).ToList(), diagnostics);
    }

    private static string Template(DirectoryPath root, Stage stage) => root.Combine("bicep").CombineWithFilePath($"{stage.Name}.bicep").FullPath;

    private static Stage StageOf(DirectoryPath root, string entry) => Stage.All.Single(stage => Template(root, stage) == entry);

    private static FilePath Output(DirectoryPath outputDirectory, Stage stage) => outputDirectory.CombineWithFilePath($"{stage.Name}.json");
}
