using System.Text.RegularExpressions;
using Build.Resources;

namespace Build.Validation.Rules.Secrets;

public sealed partial class NoSecretsInTemplatesOrParameters : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC010", "No secret in outputs or parameter files", Severity.Error, RuleFamily.Secrets,
        "Deployment outputs are readable by anyone with read access to the resource group, and parameter files are committed: secrets stay in Key Vault and reach deployments through secure parameters.",
        ["Azure.Deployment.OutputSecretValue", "Azure.Deployment.SecureParameter", "Azure.Template.ValidSecretRef"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var outputs = new Subject("deployment outputs", new SourceLocation(null, null, "outputs of the hub, spoke and cluster deployments", "module"));
        checks.Check(outputs, input.Outputs.Names.Order(StringComparer.Ordinal).Select(name => OutputProblem(name, input.Outputs.Get(name)?.ToJsonString() ?? string.Empty)));

        foreach (var parameters in input.ParameterFiles)
        {
            var subject = new Subject(parameters.File, new SourceLocation(parameters.File, 1, parameters.File, "module"));
            checks.Check(subject, parameters.Lines.Select((line, index) => ParameterProblem(parameters.File, line, index + 1)));
        }
    }

    private static Problem? OutputProblem(string name, string json) =>
        SecretName().IsMatch(name)
            ? $"output '{name}' is named like a secret: deployment outputs are readable by every reader of the resource group"
            : SecretExpression().IsMatch(json) || SecretValue().IsMatch(json)
                ? $"output '{name}' holds a secret ({Shorten(json)})"
                : null;

    private static Problem? ParameterProblem(string file, string line, int number)
    {
        var parameter = Parameter().Match(line);
        if (!parameter.Success)
        {
            return SecretValue().IsMatch(line) ? new Problem($"line {number} holds what looks like a secret value", new SourceLocation(file, number, file, "module")) : null;
        }

        var (name, value) = (parameter.Groups["name"].Value, parameter.Groups["value"].Value.Trim());
        return SecretName().IsMatch(name) && value.StartsWith('\'') && value != "''" || SecretValue().IsMatch(value)
            ? new Problem($"param {name} is set to a literal value: a secret belongs in Key Vault (getSecret) or an environment variable, never in a committed file", new SourceLocation(file, number, file, "module"))
            : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"(password|passwd|secret|token|connectionstring|apikey|accesskey|sharedkey|primarykey|secondarykey|privatekey|sastoken|sasurl)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"\b(listKeys|listSecrets|listCredentials|listConnectionStrings|listAccountSas|listServiceSas)\(", RegexOptions.IgnoreCase)]
    private static partial Regex SecretExpression();

    [GeneratedRegex(@"(AccountKey=|SharedAccessKey=|SharedAccessSignature=|-----BEGIN [A-Z ]*PRIVATE KEY-----|[?&]sig=[A-Za-z0-9%]{20,})")]
    private static partial Regex SecretValue();

    [GeneratedRegex(@"^\s*param\s+(?<name>\w+)\s*=\s*(?<value>.+)$")]
    private static partial Regex Parameter();
}
