namespace Build.Validation.Rules.Kubernetes;

/// <summary>The parts of a container image reference: registry host, repository, tag or digest.</summary>
public sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>Docker's rules: the first segment is a registry when it has a dot or a port (or is localhost); otherwise docker.io.</summary>
    public static ImageReference Parse(string image)
    {
        var (rest, digest) = image.Split('@', 2) is [var name, var hash] ? (name, hash) : (image, (string?)null);
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? string.Empty : rest[..slash];
        var (registry, path) = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost"
            ? (first, rest[(slash + 1)..])
            : ("docker.io", rest);
        var colon = path.LastIndexOf(':');
        return colon < 0 ? new ImageReference(registry, path, null, digest) : new ImageReference(registry, path[..colon], path[(colon + 1)..], digest);
    }

    public bool IsPinned => Digest is not null || (Tag is { Length: > 0 } tag && !string.Equals(tag, "latest", StringComparison.OrdinalIgnoreCase));
}
