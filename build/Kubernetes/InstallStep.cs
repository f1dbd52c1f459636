namespace Build.Kubernetes;

/// <summary>One step of bringing the layer up: apply a manifest folder, or install a release (by name).</summary>
public sealed record InstallStep(InstallStepKind Kind, string Name)
{
    public override string ToString() => Kind == InstallStepKind.ApplyManifests ? $"apply manifests/{Name}" : $"install {Name}";
}
