namespace Build.Kubernetes;

/// <summary>A file under helm/ or manifests/ with its output tokens filled in. Line numbers are the source's.</summary>
public sealed record RenderedText(string File, string Text, IReadOnlyList<TokenSubstitution> Substitutions);
