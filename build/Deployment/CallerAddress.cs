using System.Net;

namespace Build.Deployment;

/// <summary>
/// This machine's public IP, which Key Vault's firewall must let in while certificates are imported:
/// <c>--caller-ip</c>, or asked of a public echo service.
/// </summary>
public static class CallerAddress
{
    private static readonly Uri EchoService = new("https://api.ipify.org");

    public static async Task<string> Resolve(BuildContext context)
    {
        if (context.Options.CallerIp is { } given)
        {
            return given.ToString();
        }

        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var text = (await http.GetStringAsync(EchoService)).Trim();
            return IPAddress.TryParse(text, out var address) ? address.ToString() : throw new HttpRequestException($"the answer was '{text}'");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            throw new InvalidOperationException($"Could not find this machine's public IP from {EchoService.Host} ({exception.Message}): pass --caller-ip=<address> (the address Key Vault sees).");
        }
    }
}
