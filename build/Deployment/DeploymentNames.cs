using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>Names that must stay the same from run to run, so a re-run updates instead of duplicating.</summary>
public static class DeploymentNames
{
    /// <summary>The template parameter that carries the hash of a deployment's inputs; ARM keeps it with the deployment.</summary>
    public const string InputsParameter = "deploymentInputsHash";

    public static string For(string environment, Stage stage) => $"aks-baseline-{environment}-{stage.Name}";

    /// <summary>
    /// The cluster template with Application Gateway. It has a name of its own, so the first deployment without
    /// the gateway (<see cref="For"/>) keeps its record and a re-run finds both up to date.
    /// </summary>
    public static string Gateway(string environment) => $"aks-baseline-{environment}-cluster-gateway";
}
