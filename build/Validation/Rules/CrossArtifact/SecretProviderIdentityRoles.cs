using Build.Kubernetes.Crds;
using Build.Validation.Access;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class SecretProviderIdentityRoles : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X012", "The CSI driver's identity can read what its SecretProviderClass mounts", Severity.Error, RuleFamily.CrossArtifact,
        "The Azure provider reads each object through the Key Vault API of its type, as the identity the SecretProviderClass names, and the pod never starts when a read is refused: that identity holds, on the vault, a role that reads certificates for objectType cert (Key Vault Certificate User), secrets for secret (Key Vault Secrets User) and keys for key (Key Vault Crypto User), or a broader one.",
        ["Azure Key Vault provider for Secrets Store CSI driver: object types", "Azure RBAC for Key Vault data plane"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var grants = new RoleGrants(input.Azure);
        var vaults = input.Azure.KeyVaults.GroupBy(vault => vault.Resource.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (item, provider) in input.Kubernetes.Objects<SecretProviderClass>().Where(pair => pair.Model.Spec.Provider == AzureKeyVaultParameters.Provider))
        {
            var parameters = provider.Spec.Parameters ?? new Dictionary<string, string>();
            var setting = parameters.ContainsKey("clientID") ? "clientID" : "userAssignedIdentityID";
            var identity = Principal.OfClientId(LayerValues.Reference(input, item, $"spec.parameters.{setting}"));
            if (identity is null || !parameters.TryGetValue("keyvaultName", out var name) || !vaults.TryGetValue(name, out var vault))
            {
                // which identity or vault is meant is known only after deployment (or X005 says the vault is not predicted)
                continue;
            }

            var held = grants.On(identity, vault.Resource.Id);
            var pointer = input.Kubernetes.Pointer(item);
            checks.Check(input.Kubernetes.Subject(item), AzureKeyVaultParameters.ObjectsOf(provider)
                .GroupBy(keyVaultObject => keyVaultObject.ObjectType, StringComparer.Ordinal)
                .Select(objects => KeyVaultDataRoles.Allow(held, objects.Key)
                    ? null
                    : new Problem($"spec.parameters.objects reads {string.Join(", ", objects.Select(keyVaultObject => $"'{keyVaultObject.ObjectName}'"))} as objectType {objects.Key}, which takes {KeyVaultDataRoles.Needs(objects.Key)}, but {identity} (spec.parameters.{setting}) holds {KeyVaultDataRoles.Describe(held)} on {vault.Resource.Reference}",
                        pointer.At("spec.parameters.objects"))));
        }
    }
}
