using Build.Resources.Azure;
using Build.Validation.Access;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class GatewaySecretAccess : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X013", "App Gateway's identity can read its certificates' secrets", Severity.Error, RuleFamily.CrossArtifact,
        "App Gateway fetches its listener certificate and the trusted root for the re-encrypted hop from Key Vault as the secrets behind them, as its user-assigned identity; a refused read leaves the listener without a certificate and the deployment failing: the identity holds a role that reads secrets (Key Vault Secrets User, or broader) on every vault its listeners and trusted roots reference.",
        ["Application Gateway: TLS termination with Key Vault certificates", "Azure RBAC for Key Vault data plane"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var grants = new RoleGrants(input.Azure);
        foreach (var gateway in input.Azure.ApplicationGateways)
        {
            var identities = gateway.Resource["identity.userAssignedIdentities"].Object?.Json.Select(pair => new Principal(pair.Key)).ToList() ?? [];
            var references = gateway.SslCertificates.Concat(gateway.Resource["properties.trustedRootCertificates"].Items())
                .Select(certificate => certificate["properties.keyVaultSecretId"])
                .Where(secret => secret.IsSet)
                .ToList();
            checks.Check(gateway.Resource.Subject, references.Select(secret => Check(secret, identities, grants, input.Azure)));
        }
    }

    private static Problem? Check(ArmValue secret, IReadOnlyList<Principal> identities, RoleGrants grants, AzureResources azure)
    {
        if (Vault(secret.Text, azure) is not { } vault)
        {
            return null;
        }

        return identities.Any(identity => KeyVaultDataRoles.Allow(grants.On(identity, vault.Id), "secret"))
            ? null
            : $"{secret.Path} reads a secret of {vault.Reference}, but {(identities.Count == 0 ? "the gateway has no user-assigned identity" : string.Join(", ", identities))} holds no role there that reads secrets ({KeyVaultDataRoles.Needs("secret")})";
    }

    /// <summary>The predicted vault a secret id reads from: a <c>reference(&lt;vault&gt;).vaultUri</c> in the expression, or the vault's host name in a literal URI.</summary>
    private static ArmResource? Vault(string? secretId, AzureResources azure) =>
        secretId is null ? null : azure.OfType(ArmTypes.KeyVault).FirstOrDefault(vault =>
            secretId.Contains($"reference('{vault.Id}'", StringComparison.OrdinalIgnoreCase) ||
            secretId.Contains($"//{vault.Name}.vault.", StringComparison.OrdinalIgnoreCase));
}
