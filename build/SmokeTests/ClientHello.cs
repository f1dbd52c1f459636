using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Build.SmokeTests;

/// <summary>
/// A TLS ClientHello built byte by byte (RFC 5246 §7.4.1.2, RFC 6066 for SNI), so the smoke test can offer
/// TLS 1.0 or 1.1 whatever the local OpenSSL policy allows its own clients. It is only ever used to read the
/// server's first answer; no session is established.
/// </summary>
public static class ClientHello
{
    public const byte HandshakeRecord = 22;
    public const byte ClientHelloMessage = 1;

    /// <summary>
    /// Suites any TLS 1.0-1.2 server would pick from (ECDHE/DHE/RSA with AES-CBC, 3DES, RC4, then the TLS 1.2 AEADs),
    /// so a server that speaks TLS 1.0 finds one it accepts.
    /// TLS_FALLBACK_SCSV is deliberately absent: with it, a server that has TLS 1.0 enabled but prefers 1.2
    /// would answer inappropriate_fallback, and the probe would mistake that for a refusal.
    /// </summary>
    public static readonly ushort[] CipherSuites =
    [
        0xC013, 0xC014, 0xC009, 0xC00A, // ECDHE-RSA/ECDSA with AES-CBC-SHA
        0x0033, 0x0039, 0x002F, 0x0035, // DHE-RSA and RSA with AES-CBC-SHA
        0xC012, 0xC008, 0x0016, 0x000A, // ECDHE-RSA/ECDSA, DHE-RSA and RSA with 3DES-EDE-CBC-SHA
        0x0005,                         // RSA with RC4-SHA: some old servers offer nothing else
        0xC02F, 0xC030, 0xC02B, 0xC02C, // ECDHE with AES-GCM (TLS 1.2)
        0xCCA8, 0xCCA9, 0x009C, 0x009D, // ChaCha20-Poly1305, RSA with AES-GCM (TLS 1.2)
    ];

    private const ushort ServerNameExtension = 0x0000;
    private const ushort SupportedGroupsExtension = 0x000A;
    private const ushort PointFormatsExtension = 0x000B;
    private const ushort SignatureAlgorithmsExtension = 0x000D;
    private const ushort RenegotiationInfoExtension = 0xFF01;

    /// <summary>The record carrying a ClientHello whose highest version is <paramref name="version"/>.</summary>
    public static byte[] Build(ushort version, string serverName)
    {
        var body = new List<byte>();
        AddUInt16(body, version);
        body.AddRange(RandomNumberGenerator.GetBytes(32));
        body.Add(0); // no session id
        AddUInt16(body, (ushort)(CipherSuites.Length * 2));
        foreach (var suite in CipherSuites)
        {
            AddUInt16(body, suite);
        }

        body.Add(1); // one compression method:
        body.Add(0); // null
        var extensions = Extensions(version, serverName);
        AddUInt16(body, (ushort)extensions.Count);
        body.AddRange(extensions);

        var handshake = new List<byte> { ClientHelloMessage };
        AddUInt24(handshake, body.Count);
        handshake.AddRange(body);

        // The record layer says TLS 1.0 whatever is offered, as browsers do: old servers choke on more.
        var record = new List<byte> { HandshakeRecord };
        AddUInt16(record, TlsVersion.Tls10);
        AddUInt16(record, (ushort)handshake.Count);
        record.AddRange(handshake);
        return [.. record];
    }

    private static List<byte> Extensions(ushort version, string serverName)
    {
        var extensions = new List<byte>();

        // RFC 6066 forbids IP literals in SNI.
        if (serverName.Length > 0 && !IPAddress.TryParse(serverName, out _))
        {
            var name = Encoding.ASCII.GetBytes(serverName);
            var list = new List<byte> { 0 }; // host_name
            AddUInt16(list, (ushort)name.Length);
            list.AddRange(name);
            var data = new List<byte>();
            AddUInt16(data, (ushort)list.Count);
            data.AddRange(list);
            AddExtension(extensions, ServerNameExtension, data);
        }

        var groups = new List<byte>();
        ushort[] named = [0x001D, 0x0017, 0x0018]; // x25519, secp256r1, secp384r1
        AddUInt16(groups, (ushort)(named.Length * 2));
        foreach (var group in named)
        {
            AddUInt16(groups, group);
        }

        AddExtension(extensions, SupportedGroupsExtension, groups);
        AddExtension(extensions, PointFormatsExtension, [1, 0]); // uncompressed
        AddExtension(extensions, RenegotiationInfoExtension, [0]); // initial handshake: empty

        // signature_algorithms exists from TLS 1.2 on; RFC 5246 §7.4.1.4.1 says not to send it when offering less.
        if (version >= TlsVersion.Tls12)
        {
            var algorithms = new List<byte>();
            ushort[] schemes = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0201, 0x0203];
            AddUInt16(algorithms, (ushort)(schemes.Length * 2));
            foreach (var scheme in schemes)
            {
                AddUInt16(algorithms, scheme);
            }

            AddExtension(extensions, SignatureAlgorithmsExtension, algorithms);
        }

        return extensions;
    }

    private static void AddExtension(List<byte> extensions, ushort type, IReadOnlyCollection<byte> data)
    {
        AddUInt16(extensions, type);
        AddUInt16(extensions, (ushort)data.Count);
        extensions.AddRange(data);
    }

    private static void AddUInt16(List<byte> bytes, ushort value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(buffer, value);
        bytes.AddRange(buffer.ToArray());
    }

    private static void AddUInt24(List<byte> bytes, int value)
    {
        bytes.Add((byte)(value >> 16));
        bytes.Add((byte)(value >> 8));
        bytes.Add((byte)value);
    }
}
