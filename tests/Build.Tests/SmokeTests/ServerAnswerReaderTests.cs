using Build.SmokeTests;

namespace Build.Tests.SmokeTests;

[Parallelizable(ParallelScope.All)]
public sealed class ServerAnswerReaderTests
{
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case("an alert protocol_version", [0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 70], ServerVerdict.Refused, "refused with alert protocol_version");
        yield return Case("an alert handshake_failure (OpenSSL's no shared cipher)", [0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 40], ServerVerdict.Refused, "refused with alert handshake_failure");
        yield return Case("an alert decode_error", [0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 50], ServerVerdict.Inconclusive, "could not parse the probe (alert decode_error)");
        yield return Case("an alert unrecognized_name", [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112], ServerVerdict.Inconclusive, "did not recognise the SNI (alert unrecognized_name)");
        yield return Case("a TLS 1.0 ServerHello", [0x16, 0x03, 0x01, 0x00, 0x4A, 0x02, 0x00, 0x00, 0x46, 0x03, 0x01], ServerVerdict.Accepted, "answered with a TLS 1.0 ServerHello");
        yield return Case("a TLS 1.2 ServerHello to a TLS 1.0 offer", [0x16, 0x03, 0x03, 0x00, 0x4A, 0x02, 0x00, 0x00, 0x46, 0x03, 0x03], ServerVerdict.Refused, "answered TLS 1.2, which was not offered");
        yield return Case("a closed connection", [], ServerVerdict.Refused, "closed the connection without answering");
        yield return Case("an HTTP answer", "HTTP/1.1 400"u8.ToArray(), ServerVerdict.Inconclusive, "answered with something that is not TLS (first byte 0x48)");
        yield return Case("half a record header", [0x16, 0x03], ServerVerdict.Inconclusive, "cut its answer short");
        yield return Case("a certificate instead of a ServerHello", [0x16, 0x03, 0x01, 0x00, 0x10, 0x0B, 0x00, 0x00, 0x0C, 0x00, 0x00], ServerVerdict.Inconclusive, "answered with handshake message 11 instead of a ServerHello");
    }

    [TestCaseSource(nameof(Answers))]
    public void Interprets(byte[] bytes, ServerVerdict verdict, string description)
    {
        var answer = ServerAnswerReader.Interpret(bytes, TlsVersion.Tls10);

        Assert.That(answer.Verdict, Is.EqualTo(verdict));
        Assert.That(answer.Description, Is.EqualTo(description));
    }

    [Test]
    public async Task Reads_only_as_far_as_the_answer_needs_from_a_stream_delivering_a_byte_at_a_time()
    {
        byte[] serverHello = [0x16, 0x03, 0x02, 0x00, 0x4A, 0x02, 0x00, 0x00, 0x46, 0x03, 0x02, 0xAA, 0xBB];
        await using var trickle = new TrickleStream(serverHello);

        var answer = await ServerAnswerReader.ReadAsync(trickle, TlsVersion.Tls11, CancellationToken.None);

        Assert.That(answer.Verdict, Is.EqualTo(ServerVerdict.Accepted));
        Assert.That(answer.Version, Is.EqualTo(TlsVersion.Tls11));
        Assert.That(trickle.Position, Is.EqualTo(11), "stopped after the ServerHello's version");
    }

    private static TestCaseData Case(string name, byte[] bytes, ServerVerdict verdict, string description) =>
        new TestCaseData(bytes, verdict, description).SetName($"Interprets {name}");

    /// <summary>A stream that hands out one byte per read, as a slow network might.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
