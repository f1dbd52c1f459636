namespace Build.Hosting;

/// <summary>Finds the repository root (the folder holding global.json and build/), so tasks never depend on the caller's current directory.</summary>
public static class RepositoryRoot
{
    public static string Locate() => Locate(AppContext.BaseDirectory) ?? Locate(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    public static string? Locate(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "global.json")) &&
                File.Exists(Path.Combine(directory.FullName, "build", "Build.csproj")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
