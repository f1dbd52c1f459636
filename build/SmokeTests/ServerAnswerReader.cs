using System.Buffers.Binary;

namespace Build.SmokeTests;

/// <summary>
/// Reads the first TLS record a server sends (RFC 5246 §6.2.1: type, version, length) far enough to tell a
/// ServerHello's version (§7.4.1.3) from an alert (§7.2).
/// </summary>
public static class ServerAnswerReader
{
    public const byte AlertRecord = 21;
    public const byte HandshakeRecord = 22;
    public const byte ServerHelloMessage = 2;
    private const int RecordHeader = 5;

    public static async Task<ServerAnswer> ReadAsync(Stream stream, ushort offered, CancellationToken cancellation)
    {
        var buffer = new byte[RecordHeader + 6];
        var received = 0;
        while (received < Needed(buffer.AsSpan(0, received)))
        {
            var read = await stream.ReadAsync(buffer.AsMemory(received, Needed(buffer.AsSpan(0, received)) - received), cancellation);
            if (read == 0)
            {
                break;
            }

            received += read;
        }

        return Interpret(buffer.AsSpan(0, received), offered);
    }

    /// <summary>What the bytes received so far mean; pure, so every case can be tested byte for byte.</summary>
    public static ServerAnswer Interpret(ReadOnlySpan<byte> answer, ushort offered)
    {
        if (answer.Length == 0)
        {
            return new ServerAnswer(ServerVerdict.Refused, "closed the connection without answering");
        }

        if (answer[0] is not (AlertRecord or HandshakeRecord))
        {
            return new ServerAnswer(ServerVerdict.Inconclusive, $"answered with something that is not TLS (first byte 0x{answer[0]:X2})");
        }

        if (answer.Length < Needed(answer))
        {
            return new ServerAnswer(ServerVerdict.Inconclusive, "cut its answer short");
        }

        var fragment = answer[RecordHeader..];
        if (answer[0] == AlertRecord)
        {
            return Alert(fragment[1]);
        }

        if (fragment[0] != ServerHelloMessage)
        {
            return new ServerAnswer(ServerVerdict.Inconclusive, $"answered with handshake message {fragment[0]} instead of a ServerHello");
        }

        var version = BinaryPrimitives.ReadUInt16BigEndian(fragment[4..6]);
        return version <= offered
            ? new ServerAnswer(ServerVerdict.Accepted, $"answered with a {TlsVersion.Name(version)} ServerHello", version)
            : new ServerAnswer(ServerVerdict.Refused, $"answered {TlsVersion.Name(version)}, which was not offered", version);
    }

    /// <summary>How many bytes tell the answer: a record header, then 2 bytes of alert or 6 of ServerHello.</summary>
    private static int Needed(ReadOnlySpan<byte> received) =>
        received.Length == 0 ? RecordHeader : RecordHeader + (received[0] == AlertRecord ? 2 : received[0] == HandshakeRecord ? 6 : 0);

    private static ServerAnswer Alert(byte description) => description switch
    {
        // The probe was not understood: nothing can be said about the version.
        10 or 22 or 47 or 50 => new ServerAnswer(ServerVerdict.Inconclusive, $"could not parse the probe (alert {AlertName(description)})"),
        112 => new ServerAnswer(ServerVerdict.Inconclusive, "did not recognise the SNI (alert unrecognized_name)"),
        _ => new ServerAnswer(ServerVerdict.Refused, $"refused with alert {AlertName(description)}"),
    };

    /// <summary>RFC 5246 §7.2 and RFC 8446 §6 names.</summary>
    public static string AlertName(byte description) => description switch
    {
        0 => "close_notify",
        10 => "unexpected_message",
        20 => "bad_record_mac",
        22 => "record_overflow",
        40 => "handshake_failure",
        47 => "illegal_parameter",
        50 => "decode_error",
        70 => "protocol_version",
        71 => "insufficient_security",
        80 => "internal_error",
        86 => "inappropriate_fallback",
        112 => "unrecognized_name",
        _ => $"#{description}",
    };
}
