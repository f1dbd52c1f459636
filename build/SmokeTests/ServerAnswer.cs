namespace Build.SmokeTests;

public enum ServerVerdict
{
    /// <summary>The server answered the offered version with a ServerHello: it speaks it.</summary>
    Accepted,

    /// <summary>An alert, a closed or reset connection: it does not.</summary>
    Refused,

    /// <summary>The answer says nothing about the version (the probe was not understood, or no answer came).</summary>
    Inconclusive,
}

/// <summary>What a server's first bytes after a hand-built ClientHello mean.</summary>
public sealed record ServerAnswer(ServerVerdict Verdict, string Description, ushort? Version = null);
