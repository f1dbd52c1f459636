namespace Build.Deployment;

/// <summary>
/// Marks a task as a stage of Deploy: <c>--from</c> can name it, and whether it runs is decided in one place
/// (<see cref="DeployStages.SkipReason"/>). Their order is the task graph's.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DeployStageAttribute : Attribute
{
    /// <summary>
    /// The stage prepares this machine for the stages after it (credentials, certificate files) and changes nothing
    /// in Azure: it runs even when <c>--from</c> names a later stage.
    /// </summary>
    public bool PreparesLaterStages { get; set; }
}
