namespace Build.Tasks.Validate;

/// <summary>The folders the offline gate checks; used so Lint and Validate never pass silently over files nobody checks.</summary>
internal static class SourceFolders
{
    public static IReadOnlyList<string> NonEmpty(BuildContext context) =>
        new[] { context.BicepDirectory, context.HelmDirectory, context.ManifestsDirectory }
            .Select(d => d.FullPath)
            .Where(path => Directory.Exists(path) && Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Any())
            .Select(path => Path.GetFileName(path) + "/")
            .ToList();
}
