using Build.Infrastructure;
using Build.Validation.Reports;
using Build.Validation.Rules.Snapshots;

namespace Build.Validation;

/// <summary>
/// Snapshot drift as its own report, under rule SNAPSHOT001 and separate from the conformance findings:
/// <c>artifacts/validation/snapshots.sarif</c> and <c>snapshots.junit.xml</c>. Validate.Snapshots, which runs
/// bicep, calls <see cref="Check"/> around its check, so drift is reported from what bicep found, never re-run.
/// </summary>
public static class SnapshotDriftReport
{
    public const string Name = "snapshots";

    /// <summary>Runs <paramref name="validate"/> (the snapshot check), writes its verdict, and rethrows drift.</summary>
    public static void Check(Action validate, EnvironmentLayout layout, string directory)
    {
        try
        {
            validate();
        }
        catch (SnapshotDriftException drift)
        {
            Write(layout, drift.Drifts, directory);
            throw;
        }

        Write(layout, [], directory);
    }

    public static ValidationResult Result(EnvironmentLayout layout, IReadOnlyList<StageDrift> drifts)
    {
        var rule = new SnapshotsMatchTemplates();
        var checks = new RuleChecks(rule.Descriptor);
        var files = Stage.All.Select(stage => (stage, System.IO.Path.GetRelativePath(layout.Root.FullPath, layout.Snapshot(stage).FullPath).Replace('\\', '/'))).ToList();
        SnapshotsMatchTemplates.Check(new SnapshotVerdict(files, drifts), checks);
        return ValidationResult.Of([rule.Descriptor], checks.Checks);
    }

    public static (string Sarif, string JUnit) Write(EnvironmentLayout layout, IReadOnlyList<StageDrift> drifts, string directory) =>
        ValidationReports.Write(Result(layout, drifts), directory, Name);
}
