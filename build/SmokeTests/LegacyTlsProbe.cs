using System.Net.Sockets;

namespace Build.SmokeTests;

/// <summary>
/// Offers a server TLS 1.0 or 1.1 over a raw socket with a hand-built ClientHello and reads its first answer.
/// The local TLS library is not involved, so its policy (Debian's forbids clients below TLS 1.2) cannot hide
/// a server that still accepts them.
/// </summary>
public static class LegacyTlsProbe
{
    public static async Task<ServerAnswer> ProbeAsync(SmokeConnector connector, ushort version, string serverName, CancellationToken cancellation)
    {
        Socket socket;
        try
        {
            socket = await connector.ConnectAsync(cancellation);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return new ServerAnswer(ServerVerdict.Inconclusive, $"could not be reached ({NetworkFailure.Describe(exception, connector.Endpoint, connector.Timeout)})");
        }

        using var limit = connector.Limit(cancellation);
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            await stream.WriteAsync(ClientHello.Build(version, serverName), limit.Token);
            return await ServerAnswerReader.ReadAsync(stream, version, limit.Token);
        }
        catch (Exception exception) when (limit.Expired && exception is not OutOfMemoryException)
        {
            return new ServerAnswer(ServerVerdict.Inconclusive, $"did not answer within {connector.Timeout.TotalSeconds:0.#} s");
        }
        catch (IOException exception) when (exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted })
        {
            return new ServerAnswer(ServerVerdict.Refused, "reset the connection");
        }
    }
}
