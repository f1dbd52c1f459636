using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace Build.Tests.Fakes;

/// <summary>
/// A FAKE Key Vault data plane (no Azure here): speaks the certificate import API the Azure SDK
/// calls, including the bearer-token challenge, for any <c>https://&lt;name&gt;.vault.azure.net</c>
/// reached through its <see cref="Proxy"/> (HTTPS_PROXY), with a TLS certificate from its own test
/// CA (<see cref="CaBundle"/>; a client process trusts it through SSL_CERT_FILE).
/// </summary>
public sealed class FakeKeyVault : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeKeyVault(WebApplication app, string caBundle)
    {
        _app = app;
        CaBundle = caBundle;
        Proxy = new FakeHttpsProxy("vault.azure.net", new Uri(app.Urls.First()).Port);
    }

    /// <summary>The HTTPS proxy that routes every *.vault.azure.net to this fake.</summary>
    public FakeHttpsProxy Proxy { get; }

    /// <summary>A PEM file with the CA that issued the vault's TLS certificate.</summary>
    public string CaBundle { get; }

    /// <summary>Imported certificates by name: the thumbprint of the latest version.</summary>
    public ConcurrentDictionary<string, string> Certificates { get; } = new();

    /// <summary>Secrets by name: their content type and value.</summary>
    public ConcurrentDictionary<string, (string? ContentType, string Value)> Secrets { get; } = new();

    /// <summary>How many imports to refuse with 403 first (a role assignment still propagating).</summary>
    public int ForbiddenResponses { get; set; }

    public int Imports { get; private set; }

    public static async Task<FakeKeyVault> Start(string folder)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Fake Key Vault Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=*.vault.azure.net", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("*.vault.azure.net");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(6), RandomNumberGenerator.GetBytes(8));
        var server = X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pfx), null);

        var caBundle = Path.Combine(folder, "fake-key-vault-ca.pem");
        File.WriteAllText(caBundle, ca.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = server })));
        var app = builder.Build();
        FakeKeyVault? fake = null;
        app.MapPost("/certificates/{name}/import", (string name, HttpRequest request) => fake!.Import(name, request));
        app.MapPut("/secrets/{name}", (string name, HttpRequest request) => fake!.SetSecret(name, request));
        await app.StartAsync();
        fake = new FakeKeyVault(app, caBundle);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        Proxy.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> Import(string name, HttpRequest request)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            // The SDK first calls without a token and reads where to get one from the challenge.
            request.HttpContext.Response.Headers.WWWAuthenticate =
                "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000bb\", resource=\"https://vault.azure.net\"";
            return Results.Json(new { error = new { code = "Unauthorized", message = "AKV10000: Request is missing a Bearer or PoP token." } }, statusCode: 401);
        }

        if (ForbiddenResponses > 0)
        {
            ForbiddenResponses--;
            return Results.Json(new { error = new { code = "Forbidden", message = "The user, group or application does not have certificates import permission.", innererror = new { code = "ForbiddenByRbac" } } }, statusCode: 403);
        }

        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw new InvalidOperationException("empty import body");
        var value = (string)body["value"]!;
        var password = (string?)body["pwd"];
        var contentType = (string?)body["policy"]?["secret_props"]?["contentType"];

        // Key Vault takes PEM as text and PKCS#12 as base64.
        using var certificate = contentType == "application/x-pem-file"
            ? X509Certificate2.CreateFromPem(value)
            : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(value), password);
        Imports++;
        Certificates[name] = certificate.Thumbprint;
        var id = $"https://{request.Host.Host}/certificates/{name}/{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var bundle = new JsonObject
        {
            ["id"] = id,
            ["kid"] = id.Replace("/certificates/", "/keys/", StringComparison.Ordinal),
            ["sid"] = id.Replace("/certificates/", "/secrets/", StringComparison.Ordinal),
            ["x5t"] = Base64Url(certificate.GetCertHash()),
            ["cer"] = Convert.ToBase64String(certificate.RawData),
            ["attributes"] = new JsonObject { ["enabled"] = true, ["created"] = now, ["updated"] = now, ["recoveryLevel"] = "Recoverable+Purgeable" },
            ["policy"] = body["policy"]?.DeepClone(),
        };
        return Results.Text(bundle.ToJsonString(), "application/json");
    }

    private async Task<IResult> SetSecret(string name, HttpRequest request)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate =
                "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000bb\", resource=\"https://vault.azure.net\"";
            return Results.Json(new { error = new { code = "Unauthorized", message = "AKV10000: Request is missing a Bearer or PoP token." } }, statusCode: 401);
        }

        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw new InvalidOperationException("empty secret body");
        var value = (string)body["value"]!;
        var contentType = (string?)body["contentType"];
        Secrets[name] = (contentType, value);
        var id = $"https://{request.Host.Host}/secrets/{name}/{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Results.Text(new JsonObject
        {
            ["id"] = id,
            ["value"] = value,
            ["contentType"] = contentType,
            ["attributes"] = new JsonObject { ["enabled"] = true, ["created"] = now, ["updated"] = now, ["recoveryLevel"] = "Recoverable+Purgeable" },
        }.ToJsonString(), "application/json");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
