namespace Build.Kubernetes;

/// <summary>
/// Writes a rendered layer under artifacts/rendered/&lt;env&gt;/: each rendered file at its source path
/// (manifests/…, helm/…, same lines as the source), and render-log.txt. The folder is replaced whole, so
/// a file removed from the sources does not linger.
/// </summary>
public static class RenderedLayerWriter
{
    public static RenderedLayerFiles Write(KubernetesLayer layer, string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in layer.Files)
        {
            var path = Path.Combine(directory, file.File);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        var written = new RenderedLayerFiles(directory);
        File.WriteAllLines(written.Log, RenderReport.Lines(layer));
        return written;
    }
}
