using k8s.Models;

namespace Build.Deployment;

/// <summary>How far a Deployment's rollout is, in the terms <c>kubectl rollout status</c> uses.</summary>
public sealed record RolloutProgress(int Desired, int Updated, int Available, bool Observed)
{
    public bool Complete => Observed && Updated >= Desired && Available >= Desired;

    public static RolloutProgress Of(V1Deployment deployment) => new(
        deployment.Spec?.Replicas ?? 1,
        deployment.Status?.UpdatedReplicas ?? 0,
        deployment.Status?.AvailableReplicas ?? 0,
        (deployment.Status?.ObservedGeneration ?? 0) >= (deployment.Metadata?.Generation ?? 0));

    public override string ToString() => $"{Updated}/{Desired} updated, {Available}/{Desired} available";
}
