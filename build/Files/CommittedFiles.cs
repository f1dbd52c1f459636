namespace Build.Files;

/// <summary>
/// Writes files that are committed to the repository (snapshots, rules.md, README.md) all or nothing: each new
/// content is written next to its file first, and only when every one is complete are they moved over the old
/// ones (a rename within a folder is atomic). If a move fails, the files already replaced get their old bytes
/// back, so a failure part-way leaves the committed files exactly as they were.
/// </summary>
public static class CommittedFiles
{
    public static void Write(string path, string content) => Write([(path, System.Text.Encoding.UTF8.GetBytes(content))]);

    public static void Write(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        var staged = new List<(string Path, string Temporary, string? Backup)>();
        try
        {
            foreach (var (path, content) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var temporary = $"{path}.{Guid.NewGuid():N}.new";
                var backup = File.Exists(path) ? $"{path}.{Guid.NewGuid():N}.old" : null;
                staged.Add((path, temporary, backup));
                File.WriteAllBytes(temporary, content);
                if (backup is not null)
                {
                    File.Copy(path, backup);
                }
            }

            var replaced = new List<(string Path, string? Backup)>();
            try
            {
                foreach (var (path, temporary, backup) in staged)
                {
                    File.Move(temporary, path, overwrite: true);
                    replaced.Add((path, backup));
                }
            }
            catch
            {
                foreach (var (path, backup) in replaced)
                {
                    if (backup is null)
                    {
                        File.Delete(path);
                    }
                    else
                    {
                        File.Copy(backup, path, overwrite: true);
                    }
                }

                throw;
            }
        }
        finally
        {
            foreach (var (_, temporary, backup) in staged)
            {
                File.Delete(temporary);
                if (backup is not null)
                {
                    File.Delete(backup);
                }
            }
        }
    }
}
