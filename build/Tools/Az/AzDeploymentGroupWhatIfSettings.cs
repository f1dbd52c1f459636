namespace Build.Tools.Az;

/// <summary><c>az deployment group what-if</c>, read as JSON.</summary>
public sealed class AzDeploymentGroupWhatIfSettings : AzDeploymentGroupSettings;
