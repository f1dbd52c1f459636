using Build.SuiteOptions;

namespace Build.Deployment;

/// <summary>
/// The options the deployment classes read, as they see them: a view of the suite's one options model
/// (<see cref="BuildOptions"/>), parsed and checked before any task ran. Each member reads one option, so
/// what a class reads is what it uses.
/// </summary>
public sealed class DeployOptions(BuildOptions options)
{
    /// <summary><c>--subscription</c>; null for az's current one.</summary>
    public string? Subscription => options.Subscription;

    /// <summary><c>--from</c>: the stage Deploy resumes at, as declared; null runs every stage.</summary>
    public string? From => options.From;

    public bool Force => options.Force;

    public bool PlanOnly => options.PlanOnly;

    public bool UseDefaultKubeconfig => options.UseDefaultKubeconfig;

    public TimeSpan RetryBaseDelay => options.RetryDelay;

    public TimeSpan RolloutTimeout => options.RolloutTimeout;

    /// <summary><c>--caller-ip</c>: this machine's address as Key Vault sees it; null to ask api.ipify.org.</summary>
    public string? CallerIp => options.CallerIp?.ToString();
}
