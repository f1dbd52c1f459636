namespace Build.Certificates;

/// <summary>A bring-your-own certificate, or an option, that cannot be used; the message is one line saying why.</summary>
public sealed class CertificateRefusedException(string message) : Exception(message);
