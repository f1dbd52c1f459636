namespace Build.SmokeTests;

public enum CheckOutcome
{
    Passed,

    /// <summary>Passed, with something to act on soon (a certificate expiring within 30 days).</summary>
    Warning,

    Failed,

    /// <summary>Not run: an earlier failure made it meaningless (no connection, no handshake).</summary>
    Skipped,
}
