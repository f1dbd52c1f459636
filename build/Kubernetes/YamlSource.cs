using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>Reads YAML text into documents with line information; a syntax error (or a duplicate key) becomes a one-line error naming file and line.</summary>
public static class YamlSource
{
    public static IReadOnlyList<YamlDocument> Load(string file, string text)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            throw new KubernetesSourceException(file, Math.Max(1, (int)exception.Start.Line), $"not valid YAML: {Innermost(exception).Message}");
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner fails this way on some malformed input, without a position: use the last good one.
            throw new KubernetesSourceException(file, parser.LastLine, $"not valid YAML after this line ({exception.Message})");
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

    /// <summary>Remembers where the last event parsed ended.</summary>
    private sealed class TrackingParser(IParser parser) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public YamlDotNet.Core.Events.ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            var moved = parser.MoveNext();
            if (parser.Current is { } current)
            {
                LastLine = Math.Max(1, (int)current.End.Line);
            }

            return moved;
        }
    }
}
