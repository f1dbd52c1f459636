using Build.Resources;

namespace Build.Validation.Rules.Snapshots;

public sealed class SnapshotsMatchTemplates : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("SNAPSHOT001", "Committed snapshots match the templates", Severity.Error, RuleFamily.Snapshots,
        "The committed snapshots are what the next stages' parameters read and what reviewers see; the rules judge what the templates predict now, so a drifted template fails with their findings, and the drift itself says the snapshots are stale: bicep snapshot --mode validate finds no drift (accept an intended change with --target=Snapshots and commit it).",
        ["bicep snapshot --mode validate"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (input.Snapshots is { } verdict)
        {
            Check(verdict, checks);
        }
    }

    /// <summary>One check per snapshot file, a finding per drifted resource (Validate.Snapshots reports through here).</summary>
    public static void Check(SnapshotVerdict verdict, RuleChecks checks)
    {
        foreach (var (stage, file) in verdict.Snapshots)
        {
            var drift = verdict.Drifts.FirstOrDefault(candidate => candidate.Stage == stage);
            checks.Check(new Subject(file, new SourceLocation(file, 1, $"{stage.Name} deployment", "module")),
                (drift?.Changes ?? []).Select(change => (Problem?)$"the {stage.Name} template now predicts {change}"));
        }
    }
}
