namespace Build.Resources.Azure;

/// <summary>One NSG rule; the singular and plural forms of prefixes and ranges are read as one list.</summary>
public sealed record SecurityRule(ArmObject Settings)
{
    public string Name => Settings["name"].Text ?? Settings.Path;

    public bool IsInbound => string.Equals(Settings["properties.direction"].Text, "Inbound", StringComparison.OrdinalIgnoreCase);

    public bool Allows => string.Equals(Settings["properties.access"].Text, "Allow", StringComparison.OrdinalIgnoreCase);

    public double Priority => Settings["properties.priority"].Number ?? double.MaxValue;

    public IReadOnlyList<string> Sources => Either("properties.sourceAddressPrefix", "properties.sourceAddressPrefixes");

    public IReadOnlyList<string> Destinations => Either("properties.destinationAddressPrefix", "properties.destinationAddressPrefixes");

    public IReadOnlyList<string> DestinationPorts => Either("properties.destinationPortRange", "properties.destinationPortRanges");

    public string Protocol => Settings["properties.protocol"].Text ?? "*";

    private IReadOnlyList<string> Either(string single, string plural) =>
        Settings[single].Text is { } value ? [value] : Settings[plural].Strings;
}
