using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class HttpsListenersWithSni : GatewayRule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE005", "HTTPS-only listeners with SNI", Severity.Error, RuleFamily.Edge,
        "The public endpoint speaks TLS only, for the host name its certificate was issued to: the baseline has one HTTPS listener for bicycle.<domain> that requires SNI.",
        ["Azure.AppGw.UseHTTPS"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input)
    {
        if (gateway.Listeners.Count == 0)
        {
            yield return "properties.httpListeners is empty: nothing listens";
        }

        foreach (var listener in gateway.Listeners)
        {
            yield return Expect.Equal(listener["properties.protocol"], "Https");
            yield return Expect.True(listener["properties.requireServerNameIndication"]);
            yield return listener["properties.hostName"].IsSet || listener["properties.hostNames"].Count > 0
                ? null
                : $"{listener["properties.hostName"].Path} is not set: a listener for any host name answers with one certificate for all";
            yield return Expect.Set(listener["properties.sslCertificate.id"], "an HTTPS listener needs a certificate");
        }
    }
}
