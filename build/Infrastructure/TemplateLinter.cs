using Build.Caching;
using Build.Tools.Bicep;
using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// Lints every template, module, shared import and parameter file under <c>bicep/</c> with the run's compiler
/// (the rules are in <c>bicep/bicepconfig.json</c>; compiling a file runs them). Files unchanged since their last
/// green run (with everything they read) are not compiled again: their findings come from their records.
/// </summary>
public sealed class TemplateLinter(BicepWorkspace bicep, BicepEntryCache cache)
{
    /// <summary>The files the lint compiles, in a stable order: every <c>.bicep</c> and <c>.bicepparam</c> under bicep/.</summary>
    public static IReadOnlyList<string> Entries(DirectoryPath root)
    {
        var folder = root.Combine("bicep").FullPath;
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public async Task<LintReport> Lint(BicepEntries entries, DirectoryPath root)
    {
        var compiled = await Task.WhenAll(entries.Stale.Select(async entry => (Entry: entry, Compilation: await bicep.Compile(entry))));

        // an entry whose own compilation has no error is green, whatever the others say
        await Task.WhenAll(compiled
            .Where(c => c.Compilation.Diagnostics.All(d => BicepDiagnostic.LevelOf(d.Level) != BicepDiagnosticLevel.Error))
            .Select(c => cache.Record(c.Entry, c.Compilation.Diagnostics, bicep)));

        return LintReport.From(
            entries.Fresh.Values.SelectMany(record => record.Diagnostics).Concat(compiled.SelectMany(c => c.Compilation.Diagnostics)),
            root.FullPath);
    }
}
