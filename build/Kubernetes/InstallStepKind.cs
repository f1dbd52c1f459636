namespace Build.Kubernetes;

public enum InstallStepKind
{
    /// <summary><c>kubectl apply</c> the rendered files of a manifest folder.</summary>
    ApplyManifests,

    /// <summary><c>helm upgrade --install</c> a release with its rendered values.</summary>
    InstallRelease,
}
