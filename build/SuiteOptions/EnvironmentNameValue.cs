using System.Text.RegularExpressions;
using Build.Hosting.Options;
using Build.Infrastructure;
using Cake.Core.IO;

namespace Build.SuiteOptions;

/// <summary>
/// An environment: a simple name (it becomes part of resource, deployment and file names) that has a folder
/// under bicep/environments of the working folder.
/// </summary>
public sealed partial class EnvironmentNameValue : IOptionValue
{
    public string Accepts => "the name of a folder of bicep/environments: 1-16 lowercase letters, digits or '-', starting with a letter (e.g. prod)";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        if (!Name().IsMatch(given))
        {
            throw new OptionValueException($"'{given}' is not a valid environment name");
        }

        var root = new DirectoryPath(context.WorkingDirectory);
        if (!new EnvironmentLayout(root, given).Exists)
        {
            var known = EnvironmentLayout.Available(root);
            throw new OptionValueException($"there is no bicep/environments/{given}/ (the environments are: {(known.Count == 0 ? "none" : string.Join(", ", known))})");
        }

        return given;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,15}$")]
    private static partial Regex Name();
}
