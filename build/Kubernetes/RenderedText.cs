namespace Build.Kubernetes;

/// <summary>A file under helm/ or manifests/ with its output tokens filled in. Line numbers are the source's.</summary>
public sealed record RenderedText(string File, string Text, IReadOnlyList<TokenSubstitution> Substitutions)
{
    /// <summary>The 1-based line of the first line containing <paramref name="text"/> (1 when none does): where to point a finding about a value.</summary>
    public int LineContaining(string text)
    {
        var index = Array.FindIndex(Text.Split('\n'), line => line.Contains(text, StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }
}
