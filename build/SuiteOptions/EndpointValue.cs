using Build.Hosting.Options;
using Build.SmokeTests;

namespace Build.SuiteOptions;

/// <summary>Where the smoke test connects: an IP address or DNS name, and a port (443 when left out).</summary>
public sealed class EndpointValue : IOptionValue
{
    public string Accepts => "<ip-or-name>:<port>, e.g. 20.1.2.3:443 or [::1]:8443";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        try
        {
            return SmokeEndpoint.Parse(given);
        }
        catch (ArgumentException)
        {
            throw new OptionValueException($"'{given}' is not an address and port");
        }
    }
}
