using System.Buffers.Binary;
using System.Net;
using System.Security.Authentication;
using System.Text;
using Build.SmokeTests;
using FakeCloudHost.Edge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Build.Tests.SmokeTests;

[Parallelizable(ParallelScope.All)]
public sealed class ClientHelloTests
{
    [TestCase(TlsVersion.Tls10)]
    [TestCase(TlsVersion.Tls11)]
    [TestCase(TlsVersion.Tls12)]
    public void Is_one_handshake_record_offering_the_version_and_naming_the_host(ushort version)
    {
        var record = ClientHello.Build(version, "bicycle.contoso.com");

        Assert.That(record[0], Is.EqualTo(22), "handshake record");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(1)), Is.EqualTo(TlsVersion.Tls10), "record layer version");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(3)), Is.EqualTo(record.Length - 5), "record length");
        Assert.That(record[5], Is.EqualTo(1), "client_hello");
        Assert.That((record[6] << 16) | (record[7] << 8) | record[8], Is.EqualTo(record.Length - 9), "handshake length");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(9)), Is.EqualTo(version), "client_version");
        var extensions = Extensions(record);
        Assert.That(Encoding.ASCII.GetString(extensions[0x0000].AsSpan(5)), Is.EqualTo("bicycle.contoso.com"), "SNI host_name");
        Assert.That(extensions.ContainsKey(0x000D), Is.EqualTo(version >= TlsVersion.Tls12), "signature_algorithms only from TLS 1.2");
    }

    [Test]
    public void Sends_no_SNI_for_an_IP_address_and_no_fallback_signal()
    {
        var record = ClientHello.Build(TlsVersion.Tls10, "10.240.4.4");

        Assert.That(Extensions(record).ContainsKey(0x0000), Is.False, "RFC 6066: no IP literals in SNI");
        Assert.That(ClientHello.CipherSuites, Does.Not.Contain((ushort)0x5600), "TLS_FALLBACK_SCSV would turn an enabled TLS 1.0 into an alert");
    }

    /// <summary>
    /// The probe is only trustworthy if a real TLS stack understands it: offered TLS 1.2, Kestrel (OpenSSL)
    /// must answer with a TLS 1.2 ServerHello and see the SNI. Otherwise a refusal could be a parse error.
    /// </summary>
    [Test]
    public async Task A_TLS_1_2_probe_gets_a_ServerHello_from_Kestrel_which_sees_its_SNI()
    {
        var names = new System.Collections.Concurrent.ConcurrentQueue<string?>();
        var certificate = SmokeHarnessSetUp.Certificates.Gateway;
        var builder = LoopbackServer.CreateBuilder(listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            SslProtocols = SslProtocols.Tls12,
            ServerCertificateSelector = (_, name) =>
            {
                names.Enqueue(name);
                return certificate;
            },
        }));
        await using var app = builder.Build();
        app.Run(context => context.Response.WriteAsync("ok"));
        var port = await LoopbackServer.StartAsync(app);

        var answer = await LegacyTlsProbe.ProbeAsync(new SmokeConnector(new SmokeEndpoint("127.0.0.1", port), TimeSpan.FromSeconds(5), TimeProvider.System), TlsVersion.Tls12, "bicycle.contoso.com", CancellationToken.None);

        Assert.That(answer, Is.EqualTo(new ServerAnswer(ServerVerdict.Accepted, "answered with a TLS 1.2 ServerHello", TlsVersion.Tls12)));
        Assert.That(names, Is.EqualTo(new[] { "bicycle.contoso.com" }));
        await app.StopAsync();
    }

    /// <summary>Extensions by type, read back from the ClientHello (RFC 5246 §7.4.1.2 layout).</summary>
    private static Dictionary<ushort, byte[]> Extensions(byte[] record)
    {
        var at = 9 + 2 + 32;
        at += 1 + record[at];
        at += 2 + BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at));
        at += 1 + record[at];
        var end = at + 2 + BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at));
        Assert.That(end, Is.EqualTo(record.Length), "extensions end the message");
        at += 2;
        var extensions = new Dictionary<ushort, byte[]>();
        while (at < end)
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at));
            var length = BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at + 2));
            extensions.Add(type, record.AsSpan(at + 4, length).ToArray());
            at += 4 + length;
        }

        return extensions;
    }
}
