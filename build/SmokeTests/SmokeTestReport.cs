namespace Build.SmokeTests;

public sealed record SmokeTestReport(SmokeTestOptions Options, IReadOnlyList<CheckResult> Checks, DateTimeOffset StartedAt, TimeSpan Duration)
{
    public IEnumerable<CheckResult> Failures => Checks.Where(c => c.Outcome == CheckOutcome.Failed);

    public bool Passed => !Failures.Any();

    public CheckResult this[string name] => Checks.Single(c => c.Name == name);
}
