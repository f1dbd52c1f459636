namespace Build.Tools.Az;

/// <summary>
/// The parts of a deployed Application Gateway the smoke test reads (<c>az network application-gateway show</c>,
/// ApplicationGateway in the Network REST API): its frontend ports and, for each listener certificate, the
/// public chain it serves (<c>publicCertData</c>, base64 PKCS#7, filled in by the service).
/// </summary>
public sealed record AzApplicationGateway(string Id, string Name, AzApplicationGatewayProperties Properties);

public sealed record AzApplicationGatewayProperties(
    IReadOnlyList<AzApplicationGatewayPort>? FrontendPorts,
    IReadOnlyList<AzApplicationGatewayCertificate>? SslCertificates,
    string? OperationalState);

public sealed record AzApplicationGatewayPort(string Name, AzApplicationGatewayPortProperties Properties);

public sealed record AzApplicationGatewayPortProperties(int Port);

public sealed record AzApplicationGatewayCertificate(string Name, AzApplicationGatewayCertificateProperties Properties);

public sealed record AzApplicationGatewayCertificateProperties(string? PublicCertData, string? KeyVaultSecretId);
