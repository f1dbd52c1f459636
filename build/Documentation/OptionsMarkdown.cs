using System.Text;
using Build.Hosting.Options;

namespace Build.Documentation;

/// <summary>
/// README's options table, generated from Cake's host options and the suite's options model, so the table and
/// the command line cannot disagree (a test compares them). A flag takes true/false/1/0/yes/no or nothing.
/// </summary>
public static class OptionsMarkdown
{
    public static string Render(OptionsModel model)
    {
        var text = new StringBuilder("| option | takes | default | read by | meaning |\n|---|---|---|---|---|\n");
        foreach (var option in CakeOption.All.Append(CakeOption.Help))
        {
            var written = option.IsFlag ? $"--{option.Name}" : $"--{option.Name}=<{option.ValueName!.ToLowerInvariant()}>";
            var takes = option == CakeOption.Help ? string.Empty : option.IsFlag ? "a flag" : $"<{option.ValueName!.ToLowerInvariant()}>";
            text.Append($"| `{written}` | {Escape(takes)} | {Escape(option.Default)} | Cake (every run) | {Escape(option.Description)} |\n");
        }

        foreach (var option in model.Options)
        {
            var written = option.IsFlag ? $"--{option.Name}" : $"--{option.Name}=<value>";
            var readers = option.EveryTarget ? "every target" : string.Join(", ", option.Readers.Select(reader => $"`{reader}`"));
            text.Append($"| `{written}` | {Escape(option.IsFlag ? "a flag" : option.Value.Accepts)} | {Escape(option.DefaultText)} | {readers} | {Escape(option.Description)} |\n");
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
