namespace Build.Kubernetes;

/// <summary>
/// Writes a rendered layer under artifacts/rendered/&lt;env&gt;/: each rendered file at its source path
/// (manifests/…, helm/…, same lines as the source), what helm rendered for each release (charts/&lt;release&gt;.yaml)
/// and render-log.txt. The folder is replaced whole, so a file removed from the sources does not linger.
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
            WriteFile(Path.Combine(directory, file.File), file.Text);
        }

        var written = new RenderedLayerFiles(directory);
        foreach (var chart in layer.Charts.Where(chart => chart.Output.Text.Length > 0))
        {
            WriteFile(written.ChartFile(chart.Release.Release), chart.Output.Text);
        }

        File.WriteAllLines(written.Log, RenderReport.Lines(layer));
        return written;
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
