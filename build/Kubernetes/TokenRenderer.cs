using System.Text;

namespace Build.Kubernetes;

/// <summary>Fills the <see cref="OutputToken"/>s of a file with output values. Values never span lines, so the rendered text keeps the source's line numbers.</summary>
public sealed class TokenRenderer(OutputValues values)
{
    public RenderedText Render(string file, string text)
    {
        var tokens = OutputToken.Find(file, text);
        var rendered = new StringBuilder(text.Length);
        var substitutions = new List<TokenSubstitution>(tokens.Count);
        var copied = 0;
        foreach (var token in tokens)
        {
            AppendUnescaped(rendered, text, copied, token.Index);
            var resolved = Resolve(token);
            var column = rendered.Length - LastLineStart(rendered) + 1;
            substitutions.Add(new TokenSubstitution(file, token.Line, column, token.OutputName, resolved.Value, resolved.IsStandIn));
            rendered.Append(resolved.Value);
            copied = token.Index + token.Length;
        }

        AppendUnescaped(rendered, text, copied, text.Length);
        return new RenderedText(file, rendered.ToString(), substitutions);
    }

    private ResolvedOutput Resolve(OutputToken token)
    {
        try
        {
            return values.Resolve(token.OutputName);
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            throw new KubernetesSourceException(token.File, token.Line, $"${{output:{token.OutputName}}}: {exception.Message}");
        }
    }

    private static void AppendUnescaped(StringBuilder rendered, string text, int start, int end) =>
        rendered.Append(text.AsSpan(start, end - start).ToString().Replace(OutputToken.Escape, "${", StringComparison.Ordinal));

    private static int LastLineStart(StringBuilder rendered)
    {
        for (var index = rendered.Length - 1; index >= 0; index--)
        {
            if (rendered[index] == '\n')
            {
                return index + 1;
            }
        }

        return 0;
    }
}
