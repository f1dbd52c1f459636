namespace Build.Files;

/// <summary>
/// A file the suite reads says something it cannot use. The message is one line: the file (relative to the
/// repository), the line, the key, what is wrong, and what to do.
/// </summary>
public sealed class InputFileException(string file, int? line, string? key, string problem, string? remedy = null)
    : Exception($"{file}{(line is { } number ? $":{number}" : string.Empty)}: {(key is null ? string.Empty : $"{key}: ")}{problem}{(remedy is null ? "." : $": {remedy}.")}")
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    public string? Key { get; } = key;
}
