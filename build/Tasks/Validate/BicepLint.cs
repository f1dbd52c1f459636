using Build.Caching;
using Build.Infrastructure;
using Cake.Core.IO;

namespace Build.Tasks.Validate;

/// <summary>Lint.Bicep's piece: which files were linted again, and the report (null when none was and the SARIF stands).</summary>
public sealed record BicepLint(BicepEntries Entries, LintReport? Report)
{
    public static FilePath Sarif(BuildContext context) => context.Artifacts.Combine("lint").CombineWithFilePath("bicep.sarif");
}
