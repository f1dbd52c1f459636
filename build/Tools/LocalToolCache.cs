using Cake.Core.IO;

namespace Build.Tools;

/// <summary>The git-ignored folder where the suite keeps the tools it fetched itself (helm, kubectl).</summary>
public static class LocalToolCache
{
    public static DirectoryPath Directory(DirectoryPath root) => root.Combine(".tools");

    public static DirectoryPath BinDirectory(DirectoryPath root) => Directory(root).Combine("bin");
}
