using Build.Infrastructure;
using Build.Kubernetes.Crds;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class SecretProviderMatchesKeyVault : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X005", "The SecretProviderClass reads the predicted Key Vault", Severity.Error, RuleFamily.CrossArtifact,
        "The CSI driver signs in to one tenant as one identity and reads one vault: keyvaultName, tenantId, clientID and the certificate name in the SecretProviderClass equal the vault the cluster deployment predicts and its outputs.",
        ["mspnp/aks-baseline: Secrets Store CSI driver with workload identity"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        // Key Vault names are global, so one name is one vault
        var vaults = input.Azure.KeyVaults.GroupBy(vault => vault.Resource.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (item, provider) in input.Kubernetes.Objects<SecretProviderClass>().Where(pair => pair.Model.Spec.Provider == AzureKeyVaultParameters.Provider))
        {
            IReadOnlyDictionary<string, string> parameters = provider.Spec.Parameters is { } given ? new Dictionary<string, string>(given) : new Dictionary<string, string>();
            var pointer = input.Kubernetes.Pointer(item);
            Problem? Differs(string parameter, string? expected, string source)
            {
                var actual = parameters.GetValueOrDefault(parameter);
                return expected is null || string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
                    ? null
                    : new Problem($"spec.parameters.{parameter} is {(actual is null ? "not set" : $"'{actual}'")}, expected '{expected}' ({source})", pointer.At($"spec.parameters.{parameter}"));
            }

            var name = parameters.GetValueOrDefault("keyvaultName");
            var vault = name is null ? null : vaults.GetValueOrDefault(name);
            checks.Check(input.Kubernetes.Subject(item),
            [
                vault is null ? new Problem($"spec.parameters.keyvaultName is '{name}', a vault no deployment predicts ({string.Join(", ", vaults.Keys)})", pointer.At("spec.parameters.keyvaultName")) : null,
                Differs("keyvaultName", input.Output(OutputNames.KeyVaultName), "the keyVaultName output"),
                Differs("tenantId", vault?.TenantId.IsUnresolved == false ? vault.TenantId.Text : null, "the vault's tenant"),
                Differs("tenantId", input.Output(OutputNames.TenantId), "the tenantId output"),
                Differs("clientID", input.Output(OutputNames.TraefikIdentityClientId), "the traefikIdentityClientId output"),
                .. AzureKeyVaultParameters.ObjectsOf(provider)
                    .Where(keyVaultObject => input.Output(OutputNames.IngressCertificateName) is { } certificate && keyVaultObject.ObjectName != certificate)
                    .Select(keyVaultObject => (Problem?)new Problem($"spec.parameters.objects reads '{keyVaultObject.ObjectName}', expected the ingressCertificateName output '{input.Output(OutputNames.IngressCertificateName)}'", pointer.At("spec.parameters.objects"))),
            ]);
        }
    }
}
