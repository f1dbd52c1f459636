using System.Net;

namespace Build.Hosting.Options;

/// <summary>An IPv4 (four numbers, not IPAddress's shorthand "1" = 0.0.0.1) or IPv6 address; the value is an <see cref="IPAddress"/>.</summary>
public sealed class IpAddressValue : IOptionValue
{
    public string Accepts => "an IP address such as 203.0.113.10";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return IPAddress.TryParse(given, out var address) && (given.Contains(':') || given.Count(c => c == '.') == 3)
            ? address
            : throw new OptionValueException($"'{given}' is not an IP address");
    }
}
