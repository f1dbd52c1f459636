using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Certificates;
using Build.Deployment;
using Build.Deployment.Vault;
using Build.Tests.Fakes;
using Cake.Core.Diagnostics;
using FakeCloudHost;
using FakeCloudHost.Az;
using Microsoft.Extensions.Time.Testing;

namespace Build.Tests.Deployment;

/// <summary>
/// The Key Vault data plane through the real Azure SDK clients, against the FAKE Key Vault (in-process) with
/// its firewall, Azure RBAC and propagation delay; waits on a fake clock.
/// </summary>
[NonParallelizable]
public sealed class VaultTests
{
    private const string VaultName = "kv-vaulttests";
    private static readonly string VaultId = $"/subscriptions/{CloudIdentity.SubscriptionId}/resourceGroups/rg-bu0001a0008/providers/Microsoft.KeyVault/vaults/{VaultName}";
    private CloudHost _cloud = null!;
    private CapturingConsole _console = null!;
    private FakeTimeProvider _clock = null!;
    private VaultClients _clients = null!;
    private VaultRefusal _refusal = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _cloud = await CloudHost.Start(new CloudHostOptions(Directory.CreateTempSubdirectory("vault-tests-").FullName));

    [OneTimeTearDown]
    public async Task Stop() => await _cloud.DisposeAsync();

    [SetUp]
    public void Connect()
    {
        Change(root =>
        {
            root.Remove("vaultObjects");
            root.Remove("roleAssignments");
            new FakeResources(_cloud.State).Put(new JsonObject
            {
                ["id"] = VaultId,
                ["name"] = VaultName,
                ["type"] = FakeKeyVaults.Type,
                ["resourceGroup"] = "rg-bu0001a0008",
                ["location"] = "eastus2",
                ["tags"] = new JsonObject(),
                ["properties"] = new JsonObject { ["networkAcls"] = new JsonObject { ["defaultAction"] = "Deny", ["ipRules"] = new JsonArray(new JsonObject { ["value"] = "198.18.0.0/15" }) } },
            });
        });
        Grant("Key Vault Administrator");
        _console = new CapturingConsole();
        _clock = new FakeTimeProvider();
        var ca = X509CertificateLoader.LoadCertificate(X509Certificate2.CreateFromPem(File.ReadAllText(_cloud.CaBundle).Split("-----BEGIN CERTIFICATE-----").Last().Insert(0, "-----BEGIN CERTIFICATE-----")).RawData);
        var handler = new HttpClientHandler
        {
            Proxy = new System.Net.WebProxy(_cloud.ProxyUrl),
            // trust exactly the fake cloud's own CA (a build process gets it through SSL_CERT_FILE)
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new X509Chain { ChainPolicy = { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck } };
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                return certificate is not null && chain.Build(certificate);
            },
        };
        _clients = new VaultClients(new Uri($"https://{VaultName}.vault.azure.net/"), new FakeCliToken(_cloud.State), options => options.Transport = new HttpClientTransport(handler));
        _refusal = new VaultRefusal(new CakeBuildLog(_console), _clock, TimeSpan.FromSeconds(5), VaultName, "ops@contoso.com");
    }

    [Test]
    public async Task Imports_a_pfx_after_the_bearer_challenge_and_returns_its_thumbprint()
    {
        using var certificate = SelfSigned("bicycle.contoso.com");

        var thumbprint = await new VaultUploader(_clients, _refusal).Upload(Upload("bicycle-gateway-tls", certificate, KeyVaultItemKind.Certificate, CertificateContentType.Pkcs12, certificate.Export(X509ContentType.Pfx, "p@ss"), "p@ss"));

        Assert.That(thumbprint, Is.EqualTo(certificate.Thumbprint));
        var held = await VaultCertificates.Read(_clients, _refusal, "bicycle-gateway-tls", "aks-ingress-tls", "aks-ingress-root-ca");
        Assert.That(held.Gateway.Thumbprint, Is.EqualTo(certificate.Thumbprint));
        Assert.That(held.Gateway.DnsNames, Is.EqualTo(new[] { "bicycle.contoso.com" }));
        Assert.That(held.Ingress.Present, Is.False);
    }

    [Test]
    public async Task Imports_pem_certificate_and_key()
    {
        using var certificate = SelfSigned("*.aks-ingress.contoso.com");
        var pem = certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem();

        var thumbprint = await new VaultUploader(_clients, _refusal).Upload(Upload("aks-ingress-tls", certificate, KeyVaultItemKind.Certificate, CertificateContentType.Pem, System.Text.Encoding.ASCII.GetBytes(pem), null));

        Assert.That(thumbprint, Is.EqualTo(certificate.Thumbprint));
    }

    [Test]
    public async Task Stores_the_trusted_root_as_a_keyless_pkcs12_secret_whose_tags_say_what_it_is()
    {
        using var root = SelfSigned("Contoso Bicycle Root CA");
        var publicOnly = new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(root.RawData)).Export(X509ContentType.Pkcs12)!;

        await new VaultUploader(_clients, _refusal).Upload(Upload("aks-ingress-root-ca", root, KeyVaultItemKind.Secret, CertificateContentType.Pkcs12, publicOnly, null));

        var held = await VaultCertificates.Read(_clients, _refusal, "bicycle-gateway-tls", "aks-ingress-tls", "aks-ingress-root-ca");
        Assert.That(held.Root.Thumbprint, Is.EqualTo(root.Thumbprint), "read back through the secret's tags: Key Vault Reader may not read its value");
        Assert.That(held.Root.NotAfter, Is.EqualTo(new DateTimeOffset(root.NotAfter.ToUniversalTime())).Within(TimeSpan.FromSeconds(1)));
        var stored = X509CertificateLoader.LoadPkcs12Collection(Convert.FromBase64String((string)_cloud.State.Root["vaultObjects"]![VaultName]!["secrets"]!["aks-ingress-root-ca"]![0]!["value"]!), null);
        Assert.That(stored.Single().HasPrivateKey, Is.False);
    }

    [Test]
    public async Task A_role_that_takes_seven_minutes_to_apply_is_waited_for_with_progress()
    {
        Change(root => root["roleAssignments"]!.AsObject().Single().Value!["hiddenForRequests"] = 18);
        using var certificate = SelfSigned("bicycle.contoso.com");

        await TimeTravel.Run(_clock, () => new VaultUploader(_clients, _refusal).Upload(Upload("bicycle-gateway-tls", certificate, KeyVaultItemKind.Certificate, CertificateContentType.Pkcs12, certificate.Export(X509ContentType.Pfx, "x"), "x")), TimeSpan.FromSeconds(5));

        Assert.That(_console.Text, Does.Contain("refused importing bicycle-gateway-tls (403 ForbiddenByRbac)").And.Contain("takes up to 10 min"));
        Assert.That(_clock.GetUtcNow() - _clock.Start, Is.GreaterThan(TimeSpan.FromMinutes(5)), "more than the five minutes the suite used to give up after");
    }

    [Test]
    public async Task A_role_that_never_applies_fails_after_ten_minutes_saying_what_was_tried_and_what_to_check()
    {
        Change(root => root["roleAssignments"]!.AsObject().Single().Value!["hiddenForRequests"] = int.MaxValue);
        using var certificate = SelfSigned("bicycle.contoso.com");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TimeTravel.Run(_clock, () => new VaultUploader(_clients, _refusal).Upload(Upload("bicycle-gateway-tls", certificate, KeyVaultItemKind.Certificate, CertificateContentType.Pkcs12, certificate.Export(X509ContentType.Pfx, "x"), "x")), TimeSpan.FromSeconds(30)));

        Assert.That(failure!.Message, Does.Contain("still refused importing bicycle-gateway-tls after 10 min (403 ForbiddenByRbac").And.Contain("tried as ops@contoso.com").And.Contain("az role assignment list"));
        Assert.That(failure.Message, Does.Not.Contain("Retry settings").And.Not.Contain("Headers"));
    }

    [Test]
    public async Task A_firewall_that_refuses_this_machine_is_named()
    {
        Change(root => new FakeResources(_cloud.State).Named(FakeKeyVaults.Type, VaultName)!["properties"]!["networkAcls"]!["ipRules"] = new JsonArray());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TimeTravel.Run(_clock, () => VaultCertificates.Read(_clients, _refusal, "a", "b", "c"), TimeSpan.FromSeconds(30)));

        Assert.That(failure!.Message, Does.Contain("403 ForbiddenByFirewall").And.Contain("network-rule"));
    }

    [Test]
    public async Task An_unreachable_vault_says_where_to_look_without_the_sdks_retry_text()
    {
        var clients = new VaultClients(new Uri("https://kv-nowhere.vault.azure.net/"), new FakeCliToken(_cloud.State), options =>
            options.Transport = new HttpClientTransport(new HttpClientHandler { Proxy = new System.Net.WebProxy("http://127.0.0.1:9") }));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => VaultCertificates.Read(clients, _refusal, "a", "b", "c"));

        Assert.That(failure!.Message, Does.StartWith("Could not reach Key Vault").And.Contain("proxy, DNS"));
        Assert.That(failure.Message, Does.Not.Contain("Retry settings"));
    }

    private void Grant(string role) => Change(root =>
    {
        var found = BuiltInRoles.Find(role)!;
        var id = $"{VaultId}/providers/Microsoft.Authorization/roleAssignments/{Guid.NewGuid()}";
        _cloud.State.Section("roleAssignments")[id.ToLowerInvariant()] = new JsonObject
        {
            ["id"] = id,
            ["principalId"] = _cloud.State.Identity.ObjectId,
            ["roleDefinitionId"] = $"/subscriptions/{CloudIdentity.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{found.Id}",
            ["scope"] = VaultId,
        };
    });

    private void Change(Action<JsonObject> change)
    {
        lock (_cloud.State.Gate)
        {
            _cloud.State.Section("roleAssignments");
            change(_cloud.State.Root);
        }
    }

    private static CertificateUpload Upload(string name, X509Certificate2 certificate, KeyVaultItemKind kind, CertificateContentType type, byte[] content, string? password) =>
        new(name, kind, content, password, type, certificate.Thumbprint, certificate.NotAfter.ToUniversalTime(), null);

    private static X509Certificate2 SelfSigned(string dnsName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(90));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>What AzureCliCredential gets from the fake az: a token for the signed-in identity.</summary>
    private sealed class FakeCliToken(CloudState state) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(FakeAccessTokens.Issue(state.Identity, requestContext.Scopes[0].Replace("/.default", string.Empty, StringComparison.Ordinal), DateTimeOffset.UtcNow.AddHours(1)), DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
