namespace Build.Resources.Workloads;

/// <summary>
/// Where an object starts in its file, and how to find one of its settings there. For an object a chart renders
/// (<paramref name="Values"/>), a setting the chart takes from its values points at that value's line in the values
/// file, any other at the object's line in the chart's rendered output.
/// </summary>
public sealed record SourcePointer(SourceText? Text, string File, int Line, string Reference, ChartValues? Values = null)
{
    public SourceLocation Location => new(File, Line, Reference, "object");

    /// <summary>The location of a setting (a dotted path as the object spells it), or of the object when the file is not at hand.</summary>
    public SourceLocation At(string setting)
    {
        if (Values?.Setting(setting) is { } value)
        {
            return new SourceLocation(Values.File, Values.Text.LineOf(1, value), Reference, "object");
        }

        return Text is null || setting.Length == 0 ? Location : Location.AtLine(Text.LineOf(Line, setting));
    }

    /// <summary>For a chart's object, what sets the field (appended to a message); empty for a manifest's.</summary>
    public string Origin(string setting) => Values switch
    {
        null => string.Empty,
        _ when Values.Setting(setting) is { } value => $" ({value} in {Values.File})",
        _ => $" (chart {Values.Origin})",
    };
}
