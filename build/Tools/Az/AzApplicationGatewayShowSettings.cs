namespace Build.Tools.Az;

/// <summary><c>az network application-gateway show</c>.</summary>
public sealed class AzApplicationGatewayShowSettings : AzSettings
{
    public required string ResourceGroup { get; set; }

    public required string Name { get; set; }
}
