using Build.SmokeTests;

namespace Build.Tests.SmokeTests;

[Parallelizable(ParallelScope.All)]
public sealed class SmokeEndpointTests
{
    [TestCase("20.1.2.3:443", "20.1.2.3", 443)]
    [TestCase("gateway.contoso.com:8443", "gateway.contoso.com", 8443)]
    [TestCase("[::1]:4443", "::1", 4443)]
    [TestCase("20.1.2.3", "20.1.2.3", 443)]
    [TestCase("::1", "::1", 443)]
    [TestCase(" bicycle.contoso.com ", "bicycle.contoso.com", 443)]
    public void Reads(string text, string host, int port) =>
        Assert.That(SmokeEndpoint.Parse(text), Is.EqualTo(new SmokeEndpoint(host, port)));

    [TestCase("20.1.2.3:")]
    [TestCase("20.1.2.3:https")]
    [TestCase("20.1.2.3:70000")]
    [TestCase(":443")]
    [TestCase("[::1")]
    [TestCase("[::1]443")]
    public void Refuses_with_one_line(string text) =>
        Assert.That(() => SmokeEndpoint.Parse(text), Throws.ArgumentException.With.Message.EqualTo(
            $"--endpoint '{text}' is not <ip-or-name>:<port> (e.g. 20.1.2.3:443 or [::1]:8443)."));

    [Test]
    public void Writes_IPv6_in_brackets() => Assert.That(new SmokeEndpoint("::1", 443).ToString(), Is.EqualTo("[::1]:443"));
}
