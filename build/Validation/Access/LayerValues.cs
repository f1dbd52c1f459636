using Build.Kubernetes;

namespace Build.Validation.Access;

/// <summary>
/// Where a value of the rendered layer comes from: the Bicep output a token wrote on a line (offline, the value there is
/// a stand-in), and what that output refers to in the predictions (<c>traefikIdentityClientId</c> is
/// <c>reference(&lt;Traefik's identity&gt;).clientId</c>).
/// </summary>
public static class LayerValues
{
    /// <summary>The ARM reference behind the output written at <paramref name="file"/>:<paramref name="line"/>, or null.</summary>
    public static ArmReference? Reference(ValidationInput input, string file, int line) =>
        input.Kubernetes.Layer.Substitutions
            .Where(substitution => substitution.File == file && substitution.Line == line)
            .Select(substitution => input.Outputs.Contains(substitution.OutputName) && input.Outputs.Get(substitution.OutputName) is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? ArmReference.Parse(text) : null)
            .FirstOrDefault(reference => reference is not null);

    /// <summary>The ARM reference behind a setting of an object (<c>spec.parameters.clientID</c>), or null.</summary>
    public static ArmReference? Reference(ValidationInput input, KubernetesObject item, string setting)
    {
        var location = input.Kubernetes.Pointer(item).At(setting);
        return location.File is { } file && location.Line is { } line ? Reference(input, file, line) : null;
    }

    /// <summary>The ARM reference behind the value of a key written whole on one line of the object (an annotation such as <c>azure.workload.identity/client-id</c>), or null.</summary>
    public static ArmReference? ReferenceOfKey(ValidationInput input, KubernetesObject item, string key)
    {
        var lines = input.Kubernetes.Layer.Files.FirstOrDefault(file => file.File == item.File)?.Text.Split('\n') ?? [];
        for (var index = item.Line - 1; index < lines.Length; index++)
        {
            if (index >= item.Line && lines[index].StartsWith("---", StringComparison.Ordinal))
            {
                break;
            }

            var text = lines[index].TrimStart();
            if (text.StartsWith(key + ":", StringComparison.Ordinal) || text.StartsWith($"\"{key}\":", StringComparison.Ordinal))
            {
                return Reference(input, item.File, index + 1);
            }
        }

        return null;
    }
}
