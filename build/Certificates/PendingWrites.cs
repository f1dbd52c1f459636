namespace Build.Certificates;

/// <summary>
/// File changes collected while deciding, applied only once every certificate has been accepted, so that a
/// refused bring-your-own file leaves the folder as it was.
/// </summary>
internal sealed class PendingWrites
{
    private readonly List<Action> _changes = [];

    public void Public(string path, string text) => _changes.Add(() => CertificateFileWriter.WritePublic(path, text));

    public void Secret(string path, string text) => _changes.Add(() => CertificateFileWriter.WriteSecret(path, text));

    public void Secret(string path, byte[] bytes) => _changes.Add(() => CertificateFileWriter.WriteSecret(path, bytes));

    public void Delete(string path) => _changes.Add(() => File.Delete(path));

    /// <summary>A kept secret whose mode someone widened goes back to 0600; its bytes stay.</summary>
    public void Tighten(string path) => _changes.Add(() => CertificateFileWriter.Tighten(path));

    public void Apply(string directory)
    {
        CertificateFileWriter.EnsureDirectory(directory);
        foreach (var change in _changes)
        {
            change();
        }
    }
}
