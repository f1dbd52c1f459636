namespace Build.Tests.Certificates;

/// <summary>A clock that says what the test tells it, to reach renewal windows and expiry without waiting.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
