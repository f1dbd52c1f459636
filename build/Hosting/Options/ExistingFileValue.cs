namespace Build.Hosting.Options;

/// <summary>A file that exists, relative to the working folder or absolute; the value is its full path.</summary>
public sealed class ExistingFileValue : IOptionValue
{
    public string Accepts => "the path of an existing file";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        var path = Path.GetFullPath(given, context.WorkingDirectory);
        return File.Exists(path)
            ? path
            : throw new OptionValueException(Directory.Exists(path) ? $"{given} is a folder" : $"{given} does not exist");
    }
}
