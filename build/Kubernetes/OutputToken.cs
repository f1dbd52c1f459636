using System.Reflection;
using System.Text.RegularExpressions;
using Build.Infrastructure;

namespace Build.Kubernetes;

/// <summary>
/// A place in a file under helm/ or manifests/ where a Bicep output goes: <c>${output:name}</c>, with
/// <c>name</c> one of <see cref="OutputNames"/>. <c>$${</c> writes a literal <c>${</c>. Any other
/// <c>${</c> is an error, so a typo never reaches the cluster as text.
/// </summary>
/// <param name="Line">1-based line of the <c>$</c>.</param>
/// <param name="Column">1-based column of the <c>$</c>.</param>
/// <param name="Index">0-based offset of the <c>$</c> in the text.</param>
/// <param name="Length">Length of the whole token.</param>
public sealed partial record OutputToken(string File, int Line, int Column, int Index, int Length, string OutputName)
{
    public const string Escape = "$${";

    private static readonly HashSet<string> KnownOutputs = typeof(OutputNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every output name the deployments declare (the constants of <see cref="OutputNames"/>).</summary>
    public static IReadOnlySet<string> OutputNamesDeclared => KnownOutputs;

    /// <summary>The tokens in a text, in order. Throws with file:line on a malformed token or an output name OutputNames does not declare.</summary>
    public static IReadOnlyList<OutputToken> Find(string file, string text)
    {
        var tokens = new List<OutputToken>();
        var line = 1;
        var lineStart = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\n')
            {
                line++;
                lineStart = index + 1;
                continue;
            }

            if (character != '$' || index + 1 >= text.Length)
            {
                continue;
            }

            if (string.CompareOrdinal(text, index, Escape, 0, Escape.Length) == 0)
            {
                index += Escape.Length - 1;
                continue;
            }

            if (text[index + 1] != '{')
            {
                continue;
            }

            var column = index - lineStart + 1;
            var close = text.IndexOfAny(['}', '\n'], index);
            var candidate = close >= 0 && text[close] == '}' ? text[index..(close + 1)] : text[index..Math.Min(text.Length, index + 40)].Split('\n')[0];
            var match = TokenPattern().Match(candidate);
            if (!match.Success)
            {
                throw new KubernetesSourceException(file, line, $"'{candidate}' is not a token: write ${{output:<name>}} with a Bicep output name (or $${{ for a literal ${{).");
            }

            var name = match.Groups["name"].Value;
            if (!KnownOutputs.Contains(name))
            {
                throw new KubernetesSourceException(file, line, $"{candidate} names no Bicep output: the outputs are the constants of build/Infrastructure/OutputNames.cs.");
            }

            tokens.Add(new OutputToken(file, line, column, index, candidate.Length, name));
            index += candidate.Length - 1;
        }

        return tokens;
    }

    [GeneratedRegex(@"^\$\{output:(?<name>[A-Za-z][A-Za-z0-9]*)\}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
