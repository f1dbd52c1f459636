namespace Build.Tools.Az;

/// <summary><c>az deployment group create</c>.</summary>
public sealed class AzDeploymentGroupCreateSettings : AzDeploymentGroupSettings
{
    /// <summary>Tags stored on the deployment (the suite records its input hash here).</summary>
    public IDictionary<string, string> Tags { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
