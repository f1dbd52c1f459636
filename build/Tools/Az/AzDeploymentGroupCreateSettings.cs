namespace Build.Tools.Az;

/// <summary>
/// <c>az deployment group create</c>. It has no <c>--tags</c> (the Azure CLI reference lists none): what the
/// suite records about a deployment travels as a parameter, which ARM keeps with the deployment.
/// </summary>
public sealed class AzDeploymentGroupCreateSettings : AzDeploymentGroupSettings;
