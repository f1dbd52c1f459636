namespace Build.Validation.Access;

/// <summary>
/// What each built-in Key Vault data-plane role lets a principal read (Azure RBAC for Key Vault), by what a reader
/// asks the vault for: a certificate (the certificates API: the CSI provider's objectType <c>cert</c>), a secret (the
/// secrets API: <c>secret</c>, and App Gateway's listener and trusted-root certificates), or a key (the keys API:
/// <c>key</c>). Key Vault Reader reads metadata only.
/// </summary>
public static class KeyVaultDataRoles
{
    public const string Administrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483";
    public const string CertificatesOfficer = "a4417e6f-fecd-4de8-b567-7b0420556985";
    public const string CertificateUser = "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba";
    public const string SecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    public const string SecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    public const string CryptoOfficer = "14b46e9e-c2b7-41b4-b07b-48a6ebf60603";
    public const string CryptoUser = "12338af0-0e69-4776-bea7-57ae8d297424";

    private static readonly Dictionary<string, (string Needs, string[] Roles)> Reads = new(StringComparer.Ordinal)
    {
        ["cert"] = ("certificate read (Key Vault Certificate User)", [Administrator, CertificatesOfficer, CertificateUser]),
        ["secret"] = ("secret read (Key Vault Secrets User)", [Administrator, SecretsOfficer, SecretsUser, CertificateUser]),
        ["key"] = ("key read (Key Vault Crypto User)", [Administrator, CryptoOfficer, CryptoUser, CertificateUser]),
    };

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [Administrator] = "Key Vault Administrator",
        [CertificatesOfficer] = "Key Vault Certificates Officer",
        [CertificateUser] = "Key Vault Certificate User",
        [SecretsOfficer] = "Key Vault Secrets Officer",
        [SecretsUser] = "Key Vault Secrets User",
        [CryptoOfficer] = "Key Vault Crypto Officer",
        [CryptoUser] = "Key Vault Crypto User",
    };

    /// <summary>The roles a principal holds, as a message names them: "no role", or "only Key Vault Secrets User".</summary>
    public static string Describe(IReadOnlySet<string> held) =>
        held.Count == 0 ? "no role" : "only " + string.Join(", ", held.Order(StringComparer.OrdinalIgnoreCase).Select(role => Names.TryGetValue(role, out var name) ? name : role));

    /// <summary>True when one of <paramref name="held"/> lets its holder read objects of <paramref name="objectType"/> (cert, secret or key).</summary>
    public static bool Allow(IReadOnlySet<string> held, string objectType) =>
        Reads.TryGetValue(objectType, out var read) && read.Roles.Any(held.Contains);

    /// <summary>What reading <paramref name="objectType"/> takes, as a message says it.</summary>
    public static string Needs(string objectType) => Reads.TryGetValue(objectType, out var read) ? read.Needs : objectType;
}
