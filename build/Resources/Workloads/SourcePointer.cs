namespace Build.Resources.Workloads;

/// <summary>Where an object (or a chart's values) starts in its file, and how to find one of its settings there.</summary>
public sealed record SourcePointer(SourceText? Text, string File, int Line, string Reference)
{
    public SourceLocation Location => new(File, Line, Reference, "object");

    /// <summary>The location of a setting (a dotted path as the source spells it), or of the object when the file is not at hand.</summary>
    public SourceLocation At(string setting) =>
        Text is null || setting.Length == 0 ? Location : Location.AtLine(Text.LineOf(Line, setting));
}
