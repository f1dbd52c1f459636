namespace Build.SmokeTests;

/// <summary>One check's result. <see cref="Detail"/> is one line; for a failure it says what was seen and what was expected.</summary>
public sealed record CheckResult(string Name, CheckOutcome Outcome, string Detail, TimeSpan Duration)
{
    public static CheckResult Pass(string name, string detail, TimeSpan duration = default) => new(name, CheckOutcome.Passed, detail, duration);

    public static CheckResult Warn(string name, string detail, TimeSpan duration = default) => new(name, CheckOutcome.Warning, detail, duration);

    public static CheckResult Fail(string name, string detail, TimeSpan duration = default) => new(name, CheckOutcome.Failed, detail, duration);

    public static CheckResult Skip(string name, string detail) => new(name, CheckOutcome.Skipped, detail, TimeSpan.Zero);
}
