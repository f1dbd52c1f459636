using System.Text;

namespace Build.Certificates;

/// <summary>
/// Writes certificate material atomically (a temporary file renamed over the target). Private keys, PFX files
/// and passwords get mode 0600 from the moment the file exists (<see cref="FileStreamOptions.UnixCreateMode"/>),
/// so they are never readable by others, not even between creation and a later chmod.
/// </summary>
public static class CertificateFileWriter
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode OwnerOnlyDirectory = OwnerOnly | UnixFileMode.UserExecute;
    public const UnixFileMode Public = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public static void WriteSecret(string path, string text) => Write(path, Encoding.ASCII.GetBytes(text), OwnerOnly);

    public static void WriteSecret(string path, byte[] bytes) => Write(path, bytes, OwnerOnly);

    public static void WritePublic(string path, string text) => Write(path, Encoding.ASCII.GetBytes(text), Public);

    /// <summary>Creates the folder owner-only (0700) when it does not exist yet.</summary>
    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnlyDirectory);
    }

    /// <summary>Makes an existing secret owner-only again if someone widened it; the content is untouched.</summary>
    public static bool Tighten(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return false;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & ~OwnerOnly) == 0)
        {
            return false;
        }

        File.SetUnixFileMode(path, mode & OwnerOnly);
        return true;
    }

    private static void Write(string path, byte[] bytes, UnixFileMode mode)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
