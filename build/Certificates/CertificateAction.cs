namespace Build.Certificates;

/// <summary>What Certificates.Generate did with one certificate.</summary>
public enum CertificateAction
{
    /// <summary>There was none: a new one was issued.</summary>
    Made,

    /// <summary>The existing files are valid for the host names and not due for renewal: left byte for byte.</summary>
    Kept,

    /// <summary>The existing one was expiring, for other names, from another root or unreadable: a new one replaced it.</summary>
    Renewed,

    /// <summary>Bring-your-own: the given file was checked and copied in.</summary>
    Brought,
}
