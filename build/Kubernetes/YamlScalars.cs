using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// What a YAML scalar is before any C# type is applied, as kubectl reads it (sigs.k8s.io/yaml uses
/// YAML 1.1 rules): a quoted or block scalar is a string; a plain one may be null, a boolean
/// (<c>yes</c> and <c>on</c> included), an integer or a float.
/// </summary>
public static partial class YamlScalars
{
    public enum Kind
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,
    }

    public static Kind Resolve(YamlScalarNode scalar)
    {
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return Kind.String;
        }

        var value = scalar.Value ?? string.Empty;
        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => Kind.Null,
            _ when Boolean().IsMatch(value) => Kind.Boolean,
            _ when Integer().IsMatch(value) => Kind.Integer,
            _ when Float().IsMatch(value) => Kind.Float,
            _ => Kind.String,
        };
    }

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Null => "null",
        Kind.Boolean => "a boolean",
        Kind.Integer => "an integer",
        Kind.Float => "a number",
        _ => "a string",
    };

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Boolean();

    [GeneratedRegex("^([-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+)$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Float();
}
