using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>Names that must stay the same from run to run, so a re-run updates instead of duplicating.</summary>
public static class DeploymentNames
{
    /// <summary>The deployment tag that records the hash of the inputs it was made from.</summary>
    public const string InputsTag = "aks-baseline-inputs";

    public static string For(string environment, Stage stage) => $"aks-baseline-{environment}-{stage.Name}";
}
