using System.Net;
using Azure;
using Azure.Identity;
using Cake.Core.Diagnostics;

namespace Build.Deployment.Vault;

/// <summary>
/// Key Vault's refusals while a new role assignment or firewall rule settles: a 403 is retried, with a line
/// of progress each time, for up to ten minutes — how long Azure RBAC can take to reach the vault (Azure RBAC
/// troubleshooting guide) — before it is called a failure that says what was tried and what to check. No
/// SDK text about retry settings reaches the user.
/// </summary>
public sealed class VaultRefusal(ICakeLog log, TimeProvider clock, TimeSpan baseDelay, string vault, string caller)
{
    public static readonly TimeSpan PropagationLimit = TimeSpan.FromMinutes(10);

    public async Task<T> WhileSettling<T>(string what, Func<Task<T>> call)
    {
        var started = clock.GetTimestamp();
        var delay = baseDelay;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RequestFailedException failure) when (failure.Status == (int)HttpStatusCode.Forbidden && clock.GetElapsedTime(started) < PropagationLimit)
            {
                var waited = clock.GetElapsedTime(started);
                log.Information($"Key Vault {vault} refused {what} ({Inner(failure)}): a new role or firewall rule takes up to {PropagationLimit.TotalMinutes:0} min to apply; waited {Elapsed(waited)}, retrying in {delay.TotalSeconds:0.#} s.");
                await Task.Delay(delay, clock);
                delay = TimeSpan.FromSeconds(Math.Min(Math.Max(delay.TotalSeconds, 0.01) * 2, 30));
            }
            catch (RequestFailedException failure) when (failure.Status == (int)HttpStatusCode.Forbidden)
            {
                throw new InvalidOperationException($"Key Vault {vault} still refused {what} after {PropagationLimit.TotalMinutes:0} min ({Inner(failure)}: {FirstLine(failure)}), tried as {caller}. Check that the vault's firewall admits this machine (az keyvault network-rule list --name {vault}) and that the identity holds the role on the vault (az role assignment list --scope <vault id> --assignee-object-id <id>), then re-run.");
            }
            catch (RequestFailedException failure)
            {
                throw new InvalidOperationException($"Key Vault {vault} refused {what} ({failure.Status} {failure.ErrorCode}): {FirstLine(failure)} Tried as {caller}; check the vault's firewall and this identity's roles on it.");
            }
            catch (Exception exception) when (exception is AggregateException or HttpRequestException or AuthenticationFailedException)
            {
                throw new InvalidOperationException($"Could not reach Key Vault {vault} for {what}: {Root(exception)} Check that https://{vault}.vault.azure.net is reachable from here (proxy, DNS) and that az is signed in (az account show).");
            }
        }
    }

    private static string Inner(RequestFailedException failure) => failure.ErrorCode is { } code && failure.Message.Contains("ForbiddenBy", StringComparison.Ordinal)
        ? failure.Message.Contains("ForbiddenByFirewall", StringComparison.Ordinal) ? "403 ForbiddenByFirewall" : "403 ForbiddenByRbac"
        : $"403 {failure.ErrorCode}";

    /// <summary>The service's own sentence: the first line of the message, before the SDK's status and headers.</summary>
    private static string FirstLine(RequestFailedException failure) => failure.Message.Split('\n', 2)[0].Trim();

    private static string Root(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n', 2)[0].Trim();
    }

    private static string Elapsed(TimeSpan elapsed) => elapsed.TotalMinutes >= 1 ? $"{elapsed.TotalMinutes:0.#} min" : $"{elapsed.TotalSeconds:0} s";
}
