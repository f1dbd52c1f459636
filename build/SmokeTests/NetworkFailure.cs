using System.Net.Sockets;
using System.Security.Authentication;

namespace Build.SmokeTests;

/// <summary>Turns the many ways a connection fails into one line a person can act on (never a stack trace).</summary>
public static class NetworkFailure
{
    public static string Describe(Exception exception, SmokeEndpoint endpoint, TimeSpan timeout)
    {
        var seconds = $"{timeout.TotalSeconds:0.#} s";
        return Innermost(exception) switch
        {
            // A socket read cancelled by the timeout surfaces as OperationAborted.
            OperationCanceledException or TimeoutException or SocketException { SocketErrorCode: SocketError.OperationAborted } => $"no answer from {endpoint} within {seconds}",
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } => $"connection refused by {endpoint} (nothing listening, or a firewall rejecting)",
            SocketException { SocketErrorCode: SocketError.TimedOut } => $"no connection to {endpoint} within {seconds}",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } =>
                $"could not resolve '{endpoint.Host}' (no such host)",
            SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable } => $"{endpoint} is unreachable from here (no route)",
            SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted } => $"{endpoint} reset the connection",
            SocketException socket => $"{endpoint}: {socket.SocketErrorCode} ({socket.Message})",
            AuthenticationException authentication => $"the TLS handshake with {endpoint} failed ({OneLine(authentication.Message)})",
            IOException io => $"{endpoint} closed the connection ({OneLine(io.Message)})",
            var other => $"{endpoint}: {OneLine(other.Message)}",
        };
    }

    /// <summary>True for failures to reach the endpoint at all, after which nothing else can be checked.</summary>
    public static bool IsUnreachable(Exception exception) => Innermost(exception) is
        OperationCanceledException or TimeoutException or
        SocketException { SocketErrorCode: not (SocketError.ConnectionReset or SocketError.ConnectionAborted) };

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        // An AuthenticationException's inner exception is OpenSSL's detail; the outer message is clearer.
        while (current is not AuthenticationException && current.InnerException is { } inner && current is not SocketException)
        {
            current = inner;
        }

        return current;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
