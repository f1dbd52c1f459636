using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace FakeCloudHost.KeyVault;

/// <summary>
/// What a vault holds, by vault name, kept across redeploys of the vault resource and gone with its purge:
/// certificates (each version with its public part and, as Key Vault keeps it, the backing secret holding
/// the key) and plain secrets. Every object keeps its versions, newest last, as Key Vault does.
/// </summary>
public sealed class VaultObjects(CloudState state)
{
    private JsonObject Of(string vault) =>
        state.Section("vaultObjects")[vault] as JsonObject ?? (JsonObject)(state.Section("vaultObjects")[vault] = new JsonObject());

    private JsonObject Kind(string vault, string kind) => Of(vault)[kind] as JsonObject ?? (JsonObject)(Of(vault)[kind] = new JsonObject());

    public JsonObject? Certificate(string vault, string name, string? version = null) => Version(Kind(vault, "certificates"), name, version);

    public JsonObject? Secret(string vault, string name, string? version = null) => Version(Kind(vault, "secrets"), name, version);

    public IEnumerable<(string Name, JsonObject Latest)> Certificates(string vault) => Latest(Kind(vault, "certificates"));

    public IEnumerable<(string Name, JsonObject Latest)> Secrets(string vault) => Latest(Kind(vault, "secrets"));

    /// <summary>
    /// Key Vault's import: PKCS#12 (base64, with its password) or PEM (certificate and key). The backing secret
    /// keeps the same content type, without the password (learn.microsoft.com/azure/key-vault/certificates/about-certificates).
    /// </summary>
    public JsonObject ImportCertificate(string vault, string name, string value, string? password, string contentType, JsonObject? tags)
    {
        X509Certificate2Collection chain;
        string secretValue;
        if (contentType == "application/x-pem-file")
        {
            chain = [];
            chain.ImportFromPem(value);
            secretValue = value;
        }
        else
        {
            chain = X509CertificateLoader.LoadPkcs12Collection(Convert.FromBase64String(value), password, X509KeyStorageFlags.Exportable);
            secretValue = Convert.ToBase64String(chain.Export(X509ContentType.Pkcs12)!);
        }

        var leaf = chain.FirstOrDefault(c => c.HasPrivateKey) ?? chain[0];
        var version = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var entry = new JsonObject
        {
            ["version"] = version,
            ["cer"] = Convert.ToBase64String(leaf.RawData),
            ["x5t"] = Base64Url(leaf.GetCertHash()),
            ["chain"] = Convert.ToBase64String(new X509Certificate2Collection(chain.Select(c => X509CertificateLoader.LoadCertificate(c.RawData)).ToArray()).Export(X509ContentType.Pkcs7)!),
            ["contentType"] = contentType,
            ["secretValue"] = secretValue,
            ["tags"] = tags?.DeepClone() ?? new JsonObject(),
            ["attributes"] = Attributes(now, leaf.NotBefore, leaf.NotAfter),
        };
        Append(Kind(vault, "certificates"), name, entry);
        return entry;
    }

    public JsonObject SetSecret(string vault, string name, string value, string? contentType, JsonObject? tags, long? notBefore, long? expires)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var attributes = Attributes(now, null, null);
        attributes["nbf"] = notBefore;
        attributes["exp"] = expires;
        var entry = new JsonObject
        {
            ["version"] = Guid.NewGuid().ToString("N"),
            ["value"] = value,
            ["contentType"] = contentType,
            ["tags"] = tags?.DeepClone() ?? new JsonObject(),
            ["attributes"] = attributes,
        };
        Append(Kind(vault, "secrets"), name, entry);
        return entry;
    }

    /// <summary>The certificate with its key, as a consumer (App Gateway, the CSI driver) reads it through the backing secret.</summary>
    public X509Certificate2? ServingCertificate(string vault, string name)
    {
        if (Certificate(vault, name) is not { } entry)
        {
            return null;
        }

        var value = (string)entry["secretValue"]!;
        if ((string?)entry["contentType"] == "application/x-pem-file")
        {
            return X509Certificate2.CreateFromPem(value, value);
        }

        return X509CertificateLoader.LoadPkcs12Collection(Convert.FromBase64String(value), null, X509KeyStorageFlags.Exportable).First(c => c.HasPrivateKey);
    }

    /// <summary>The public certificate a plain secret holds (App Gateway's trusted root: a PKCS#12 without a key, base64).</summary>
    public X509Certificate2? PublicCertificateInSecret(string vault, string name)
    {
        if (Secret(vault, name) is not { } entry)
        {
            return null;
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12Collection(Convert.FromBase64String((string)entry["value"]!), null).FirstOrDefault();
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static JsonObject Attributes(long now, DateTime? notBefore, DateTime? notAfter) => new()
    {
        ["enabled"] = true,
        ["nbf"] = notBefore is { } nbf ? new DateTimeOffset(nbf.ToUniversalTime()).ToUnixTimeSeconds() : null,
        ["exp"] = notAfter is { } exp ? new DateTimeOffset(exp.ToUniversalTime()).ToUnixTimeSeconds() : null,
        ["created"] = now,
        ["updated"] = now,
        ["recoveryLevel"] = "Recoverable+Purgeable",
        ["recoverableDays"] = 90,
    };

    private static void Append(JsonObject kind, string name, JsonObject entry)
    {
        var versions = kind[name] as JsonArray ?? (JsonArray)(kind[name] = new JsonArray());
        versions.Add(entry);
    }

    private static JsonObject? Version(JsonObject kind, string name, string? version)
    {
        var versions = (kind.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value as JsonArray)?.OfType<JsonObject>().ToList();
        return versions is null or { Count: 0 }
            ? null
            : version is null ? versions[^1] : versions.FirstOrDefault(v => string.Equals((string?)v["version"], version, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<(string, JsonObject)> Latest(JsonObject kind) =>
        kind.Where(p => p.Value is JsonArray { Count: > 0 }).Select(p => (p.Key, ((JsonArray)p.Value!).OfType<JsonObject>().Last()));
}
