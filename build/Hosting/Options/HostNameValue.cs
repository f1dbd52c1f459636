namespace Build.Hosting.Options;

/// <summary>A DNS host name such as bicycle.contoso.com (also what TLS sends as SNI).</summary>
public sealed class HostNameValue : IOptionValue
{
    public string Accepts => "a host name such as bicycle.contoso.com";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        return Uri.CheckHostName(given) == UriHostNameType.Dns
            ? given
            : throw new OptionValueException($"'{given}' is not a host name");
    }
}
