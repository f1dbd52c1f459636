namespace Build.Kubernetes;

/// <summary>What a Bicep output's value looks like, so an offline stand-in for it is well-formed wherever it lands.</summary>
public enum OutputShape
{
    /// <summary>A lower-case name that is valid for Kubernetes and Azure resources alike.</summary>
    Name,
    Guid,
    DnsName,
    IPv4Address,
    Cidr,
    ResourceId,
    Version,

    /// <summary>A JSON array of IPv4 addresses (rendered as its JSON text).</summary>
    IPv4AddressList,
}
