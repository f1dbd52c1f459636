using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Files;

/// <summary>
/// A JSON file the suite reads, with the line of every key, so a problem names the file, the line and the key
/// (<c>resourceGroups.hub</c>, <c>suppressions[1].expires</c>). A file that is not JSON (truncated, say) is
/// reported where it stops being JSON and in which key.
/// </summary>
public sealed class JsonInput
{
    private readonly Dictionary<string, int> _lines;

    private JsonInput(string file, JsonNode root, Dictionary<string, int> lines)
    {
        File = file;
        Root = root;
        _lines = lines;
    }

    /// <summary>The file as messages name it (relative to the repository root).</summary>
    public string File { get; }

    public JsonNode Root { get; }

    /// <param name="file">The file as messages name it.</param>
    /// <param name="remedy">What to do about a file that is not JSON (e.g. regenerate it).</param>
    public static JsonInput Parse(string file, string text, string? remedy = null, bool lenient = false)
    {
        var lines = Scan(file, text, remedy, lenient);
        var root = JsonNode.Parse(text, documentOptions: Options(lenient))
            ?? throw new InputFileException(file, 1, null, "the file holds no JSON value", remedy);
        return new JsonInput(file, root, lines);
    }

    /// <summary>
    /// Where <paramref name="text"/> stops being JSON, as an error naming the line and the key being read. For callers
    /// that parse large files themselves and want the location only when parsing fails.
    /// </summary>
    public static InputFileException NotJson(string file, string text, string? remedy = null, bool lenient = false)
    {
        try
        {
            Scan(file, text, remedy, lenient);
            return new InputFileException(file, null, null, "the file is not the JSON expected", remedy);
        }
        catch (InputFileException located)
        {
            return located;
        }
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest ancestor that exists.</summary>
    public int? LineOf(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return null;
            }
        }
    }

    public JsonNode? Get(string path)
    {
        JsonNode? node = Root;
        foreach (var part in Parts(path))
        {
            node = part is int index
                ? node is JsonArray array && index < array.Count ? array[index] : null
                : node is JsonObject json && json.TryGetPropertyValue((string)part, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The string at <paramref name="path"/>; missing, not a string or blank is an error naming the key.</summary>
    public string RequiredString(string path, string? remedy = null)
    {
        var node = Get(path);
        if (node is null)
        {
            throw Problem(path, Exists(path) ? "is null" : $"is missing{(Get(Parent(path)) is JsonObject ? $" from {Describe(Parent(path))}" : string.Empty)}", remedy);
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw Problem(path, $"is {Kind(node)}, not a string", remedy);
        }

        var text = value.GetValue<string>();
        return string.IsNullOrWhiteSpace(text) ? throw Problem(path, "is empty", remedy) : text;
    }

    /// <summary>An error at <paramref name="path"/>'s line (or its nearest ancestor's).</summary>
    public InputFileException Problem(string path, string problem, string? remedy = null) =>
        new(File, LineOf(path), path.Length == 0 ? null : path, problem, remedy);

    public static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
        _ => "unknown",
    };

    private bool Exists(string path) => _lines.ContainsKey(path);

    private static string Describe(string path) => path.Length == 0 ? "the file" : path;

    /// <summary>How the suite parses its JSON inputs: a key given twice is an error, not "the last one wins".</summary>
    public static JsonDocumentOptions Options(bool lenient = false) => new()
    {
        CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = lenient,
        AllowDuplicateProperties = false,
    };

    /// <summary>One pass with <see cref="Utf8JsonReader"/>: the line of every path, or where and in which key the text stops being JSON.</summary>
    private static Dictionary<string, int> Scan(string file, string text, string? remedy, bool lenient)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var index = 0; index < bytes.Length; index++)
        {
            if (bytes[index] == '\n')
            {
                lineStarts.Add(index + 1);
            }
        }

        int LineAt(long offset)
        {
            var found = lineStarts.BinarySearch((int)offset);
            return (found >= 0 ? found : ~found - 1) + 1;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var path = string.Empty;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = lenient,
        });
        try
        {
            if (bytes.Length == 0 || text.All(char.IsWhiteSpace))
            {
                throw new InputFileException(file, 1, null, "the file is empty", remedy);
            }

            while (reader.Read())
            {
                var line = LineAt(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames.Peek().Property = reader.GetString();
                        path = Current(frames);
                        if (!lines.TryAdd(path, line))
                        {
                            throw new InputFileException(file, line, path, $"is given twice in its object (first on line {lines[path]})", remedy);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path = Current(frames);
                        lines.TryAdd(path, line);
                        frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        path = Current(frames);
                        break;
                    default:
                        path = Current(frames);
                        lines.TryAdd(path, line);
                        Advance(frames);
                        break;
                }
            }

            return lines;
        }
        catch (JsonException exception)
        {
            var atEnd = reader.BytesConsumed >= bytes.Length || exception.Message.Contains("end of the JSON payload", StringComparison.Ordinal)
                || exception.Message.Contains("Expected depth to be zero", StringComparison.Ordinal) || exception.Message.Contains("reached end of data", StringComparison.Ordinal);
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var where = Current(frames) is { Length: > 0 } key ? key : null;
            var problem = atEnd
                ? "the file ends before its JSON does (is it cut short?)"
                : $"not valid JSON here ({Reason(exception.Message)})";
            throw new InputFileException(file, line, where, problem, remedy);
        }
    }

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static string Current(Stack<Frame> frames)
    {
        var parts = frames.Reverse().ToList();
        var path = new StringBuilder();
        foreach (var frame in parts)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is { } property)
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(property);
            }
        }

        return path.ToString();
    }

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var parent))
        {
            if (parent.IsArray)
            {
                parent.Index++;
            }
            else
            {
                parent.Property = null;
            }
        }
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static IEnumerable<object> Parts(string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
            {
                yield return name;
            }

            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                yield return int.Parse(segment[(bracket + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
                bracket = segment.IndexOf('[', close);
            }
        }
    }

    /// <summary>Where the reader is: in an object, the property being read; in an array, the index.</summary>
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public string? Property { get; set; }

        public int Index { get; set; }
    }
}
