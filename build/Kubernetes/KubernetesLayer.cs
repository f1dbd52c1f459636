using Build.Kubernetes.Charts;
using k8s;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// Everything the cluster runs for one environment, rendered from helm/ and manifests/ with that environment's
/// Bicep outputs and read into typed models. This is the API later stages build on: the conformance rules read
/// <see cref="Objects"/> (the manifests' and, when the charts were rendered, what helm renders from them); the deploy
/// stage imports <see cref="Images"/>, then follows <see cref="InstallPlan"/> over the files <see cref="RenderedLayerWriter"/> wrote.
/// </summary>
/// <param name="Files">Every rendered file (manifests and helm), with the output values written into it.</param>
/// <param name="Objects">Every object, typed, in install order: each chart's objects at its release's step, then the manifests of each folder; an object declared twice identically (the Traefik and workload namespace being one) appears once.</param>
public sealed record KubernetesLayer(
    string Environment,
    IReadOnlyList<RenderedText> Files,
    IReadOnlyList<KubernetesObject> Objects,
    IReadOnlyList<RenderedRelease> Releases,
    IReadOnlyList<ContainerImage> Images,
    IReadOnlyList<InstallStep> InstallPlan)
{
    /// <summary>What <c>helm template</c> produced for each release; empty when the layer was rendered without the charts.</summary>
    public IReadOnlyList<RenderedChart> Charts { get; init; } = [];

    /// <summary>Why parts of the layer are missing (a file that does not read, values a chart refuses, a broken reference); empty when it holds together.</summary>
    public IReadOnlyList<KubernetesSourceException> Problems { get; init; } = [];

    // computed once per list of files (a copy made with `with` may carry other files)
    private (IReadOnlyList<RenderedText> Files, IReadOnlyList<TokenSubstitution> All)? _substitutions;

    /// <summary>Every output value written into a rendered file.</summary>
    public IReadOnlyList<TokenSubstitution> Substitutions
    {
        get
        {
            if (_substitutions is not { } cached || !ReferenceEquals(cached.Files, Files))
            {
                _substitutions = cached = (Files, Files.SelectMany(file => file.Substitutions).ToList());
            }

            return cached.All;
        }
    }

    /// <summary>The values rendered as offline stand-ins (known only after deployment), one per output.</summary>
    public IReadOnlyList<TokenSubstitution> StandIns =>
        Substitutions.Where(substitution => substitution.IsStandIn).DistinctBy(substitution => substitution.OutputName).ToList();

    /// <summary>The models of one kind, e.g. <c>ObjectsOf&lt;V1Deployment&gt;()</c> or <c>ObjectsOf&lt;TraefikMiddleware&gt;()</c>.</summary>
    public IEnumerable<T> ObjectsOf<T>()
        where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.Select(item => item.Model).OfType<T>();

    /// <summary>The objects of one kind with where they came from (for rules that report file:line).</summary>
    public IEnumerable<KubernetesObject> ObjectsWith<T>()
        where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.Where(item => item.Model is T);

    public RenderedRelease Release(string name) =>
        Releases.SingleOrDefault(release => release.Release.Name == name)
        ?? throw new KeyNotFoundException($"helm/releases.yaml has no release '{name}'.");

    /// <summary>The rendered release of a chart (<c>traefik</c>), when the layer installs it.</summary>
    public RenderedChart? Chart(string chart) => Charts.FirstOrDefault(rendered => rendered.Release.Release.Chart == chart);

    /// <summary>The first problem, thrown: for callers that need the whole layer or nothing.</summary>
    public KubernetesLayer OrThrow() => Problems.Count == 0 ? this : throw Problems[0];
}
