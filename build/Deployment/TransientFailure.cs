using Build.Tools;

namespace Build.Deployment;

/// <summary>
/// Errors Azure clears up by itself: throttling, a concurrent operation on the same resource,
/// a principal that has not replicated yet, registry rate limits. Anything else is permanent.
/// </summary>
public static class TransientFailure
{
    private static readonly string[] Markers =
    [
        "TooManyRequests",
        "toomanyrequests",
        "429",
        "AnotherOperationInProgress",
        "OperationNotAllowed: Another operation",
        "PrincipalNotFound",
        "RetryableError",
        "ServerBusy",
        "ServiceUnavailable",
        "Connection reset",
        "Connection aborted",
    ];

    public static bool IsTransient(Exception exception) =>
        exception is ToolFailedException failure &&
        Markers.Any(marker => failure.Detail.Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>The marker found, for the retry message ("throttled (TooManyRequests)").</summary>
    public static string Reason(Exception exception) =>
        exception is ToolFailedException failure
            ? Markers.FirstOrDefault(marker => failure.Detail.Contains(marker, StringComparison.OrdinalIgnoreCase)) ?? "transient error"
            : "transient error";
}
