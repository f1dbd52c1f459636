namespace Build.Resources.Azure;

/// <summary>An A record of a private DNS zone (named <c>&lt;zone&gt;/&lt;label&gt;</c>).</summary>
public sealed record PrivateDnsRecord(ArmResource Resource) : IArmView
{
    public string Zone => Resource.Name.Contains('/', StringComparison.Ordinal) ? Resource.Name[..Resource.Name.IndexOf('/', StringComparison.Ordinal)] : Resource.Name;

    public string Label => Resource.Name[(Resource.Name.IndexOf('/', StringComparison.Ordinal) + 1)..];

    /// <summary>The name the record answers for.</summary>
    public string Fqdn => Label == "@" ? Zone : $"{Label}.{Zone}";

    public IReadOnlyList<string> Addresses =>
        Resource["properties.aRecords"].Items("ipv4Address").Select(record => record["ipv4Address"].Text).OfType<string>().ToList();
}
