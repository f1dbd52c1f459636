namespace Build.SmokeTests;

/// <summary>
/// A token cancelled by the caller or when <c>timeout</c> has passed on the run's clock (a fake clock in tests, so
/// a test of a silent server takes no real second).
/// </summary>
public sealed class TimeLimit : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public TimeLimit(TimeSpan timeout, TimeProvider clock, CancellationToken cancellation)
    {
        _timeout = new CancellationTokenSource(timeout, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _timeout.Token);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>
    /// True when the time ran out (not the caller's cancellation). Whatever a cancelled read then throws (an
    /// OperationCanceledException, or an ObjectDisposedException when the connection was torn down under it), the
    /// truth is a timeout.
    /// </summary>
    public bool Expired => _timeout.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
