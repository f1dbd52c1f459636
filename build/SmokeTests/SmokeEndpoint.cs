using System.Globalization;
using System.Net;

namespace Build.SmokeTests;

/// <summary>Where the smoke test connects: an IP address or a DNS name, and a port. The host name it asks for is separate.</summary>
public sealed record SmokeEndpoint(string Host, int Port)
{
    public const int HttpsPort = 443;

    /// <summary>Reads <c>10.1.2.3:443</c>, <c>gateway.example.com:8443</c>, <c>[::1]:443</c>, or a bare address (port 443).</summary>
    public static SmokeEndpoint Parse(string text)
    {
        var value = text.Trim();
        string host;
        string? port = null;
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']');
            if (close < 0)
            {
                throw Invalid(text);
            }

            host = value[1..close];
            if (close + 1 < value.Length)
            {
                port = value[(close + 1)..] is [':', .. var rest] ? rest : throw Invalid(text);
            }
        }
        else if (value.Count(c => c == ':') == 1)
        {
            var colon = value.IndexOf(':');
            (host, port) = (value[..colon], value[(colon + 1)..]);
        }
        else
        {
            // No colon, or a bare IPv6 address.
            host = value;
        }

        if (host.Length == 0 || (host.Contains(':') && !IPAddress.TryParse(host, out _)))
        {
            throw Invalid(text);
        }

        if (port is null)
        {
            return new SmokeEndpoint(host, HttpsPort);
        }

        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
            ? new SmokeEndpoint(host, number)
            : throw Invalid(text);
    }

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static ArgumentException Invalid(string text) =>
        new($"--endpoint '{text}' is not <ip-or-name>:<port> (e.g. 20.1.2.3:443 or [::1]:8443).");
}
