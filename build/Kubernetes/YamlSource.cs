using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>Reads YAML text into documents with line information; a syntax error (or a duplicate key) becomes a one-line error naming file and line.</summary>
public static class YamlSource
{
    public static IReadOnlyList<YamlDocument> Load(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new KubernetesSourceException(file, Math.Max(1, (int)exception.Start.Line), $"not valid YAML: {Innermost(exception).Message}");
        }

        return stream.Documents.ToList();
    }

    /// <summary>YamlDotNet wraps conversion errors ("Exception during deserialization"); the inner message says what was wrong.</summary>
    public static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }

    public static int LineOf(YamlNode node) => Math.Max(1, (int)node.Start.Line);
}
