using System.Text.RegularExpressions;
using Build.Tools;

namespace Build.Deployment;

/// <summary>
/// Errors Azure clears up by itself: throttling, a concurrent operation on the same resource, a principal that
/// has not replicated yet, a busy service, a dropped connection, a registry's rate limit. They are recognised
/// by the error code az prints — "(Code) message" and "Code: Code" (azure-cli's error format) — never by a
/// substring that could sit in an id or a GUID. Anything else is permanent.
/// </summary>
public static partial class TransientFailure
{
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "TooManyRequests", "AnotherOperationInProgress", "PrincipalNotFound", "RetryableError", "ServerBusy",
        "ServiceUnavailable", "GatewayTimeout", "InternalServerError",
    };

    /// <summary>Phrases that are not codes: a dropped connection (requests/urllib3) and Docker Hub's rate limit (acr import).</summary>
    private static readonly string[] Phrases = ["Connection reset by peer", "Connection aborted", "toomanyrequests: You have reached your pull rate limit"];

    public static bool IsTransient(Exception exception) => exception is ToolFailedException failure && Reason(failure.Detail) is not null;

    /// <summary>Why the error is transient ("TooManyRequests", …), for the retry message; null when it is not.</summary>
    public static string? Reason(string error)
    {
        foreach (var code in ErrorCodes(error))
        {
            if (Codes.Contains(code))
            {
                return code;
            }

            // AKS: "(OperationNotAllowed) Operation is not allowed: Another operation (Updating) is in progress…";
            // the same code also reports quota limits, which do not clear up by themselves.
            if (string.Equals(code, "OperationNotAllowed", StringComparison.OrdinalIgnoreCase) && error.Contains("Another operation", StringComparison.OrdinalIgnoreCase))
            {
                return "OperationNotAllowed: another operation in progress";
            }
        }

        if (Status429().IsMatch(error))
        {
            return "HTTP 429";
        }

        return Phrases.FirstOrDefault(phrase => error.Contains(phrase, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The error codes az printed: "(Code)" right after "ERROR: " or a line start, and "Code: Code".</summary>
    public static IEnumerable<string> ErrorCodes(string error) =>
        ParenthesisedCode().Matches(error).Select(m => m.Groups[1].Value)
            .Concat(CodeLine().Matches(error).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"(?:^|ERROR:\s*|\s)\(([A-Za-z][A-Za-z0-9]+)\)(?=\s|$)", RegexOptions.Multiline)]
    private static partial Regex ParenthesisedCode();

    [GeneratedRegex(@"\bCode:\s*([A-Za-z][A-Za-z0-9]+)\b")]
    private static partial Regex CodeLine();

    /// <summary>An HTTP status said as one: "status code 429", "Status code: 429", "(429)", "429 Too Many Requests".</summary>
    [GeneratedRegex(@"(?:status(?: code)?:?\s*'?429\b|\(429\)|\b429 Too Many Requests\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Status429();
}
