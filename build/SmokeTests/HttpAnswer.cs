namespace Build.SmokeTests;

/// <summary>What one <c>GET</c> returned: the status, how the body was encoded, and the body as text (decompressed).</summary>
public sealed record HttpAnswer(int StatusCode, string ReasonPhrase, string? ContentEncoding, bool BodyIsGzip, int WireLength, string Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
