namespace Build.Tools.Kubectl;

/// <summary><c>kubectl rollout status</c>: waits for a workload's rollout to finish.</summary>
public sealed class KubectlRolloutStatusSettings : KubectlSettings
{
    /// <summary>e.g. <c>deployment/aspnetapp</c>.</summary>
    public required string Resource { get; set; }

    public string? Namespace { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
}
