namespace Build.Resources.Azure;

/// <summary>A Microsoft Defender for Cloud plan on the subscription (<c>Microsoft.Security/pricings/&lt;plan&gt;</c>), e.g. Containers.</summary>
public sealed record SecurityPricing(ArmResource Resource) : IArmView
{
    public const string Containers = "Containers";

    public string Plan => Resource.Name;

    /// <summary>Standard is the paid plan; Free turns it off.</summary>
    public ArmValue Tier => Resource["properties.pricingTier"];

    /// <summary>The plan's extensions that are on (ContainerSensor, ContainerRegistriesVulnerabilityAssessments...).</summary>
    public IReadOnlySet<string> EnabledExtensions =>
        Resource["properties.extensions"].Items()
            .Where(extension => extension["isEnabled"].Flag == true)
            .Select(extension => extension["name"].Text)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
