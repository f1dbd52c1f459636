using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;
using static Build.Tests.Certificates.CertificateFixture;

namespace Build.Tests.Certificates;

[Parallelizable(ParallelScope.All)]
public sealed class CertificateGeneratorTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_root_is_a_private_CA_that_can_only_sign_certificates()
    {
        using var folder = new TemporaryFolder();
        var options = Options(folder);
        new CertificateGenerator(new FixedClock(Today)).Generate(options, passwordVariable: null);

        using var root = Root(options.Files);
        var constraints = root.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        var usage = root.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.That(root.Subject, Is.EqualTo("CN=Contoso Bicycle Root CA, O=Contoso Bicycle"));
        Assert.That(root.Issuer, Is.EqualTo(root.Subject), "self-signed");
        Assert.That(constraints.CertificateAuthority && constraints.Critical, Is.True);
        Assert.That(usage.KeyUsages, Is.EqualTo(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature));
        Assert.That(root.NotAfter.ToUniversalTime(), Is.EqualTo((Today + CertificateAuthority.RootLifetime).UtcDateTime).Within(TimeSpan.FromSeconds(1)));
        Assert.That(root.NotBefore.ToUniversalTime(), Is.EqualTo((Today - CertificateAuthority.ClockSkew).UtcDateTime).Within(TimeSpan.FromSeconds(1)), "a little in the past, for clock drift");
    }

    [Test]
    public void The_gateway_certificate_is_a_PFX_for_the_gateway_host_issued_by_the_root()
    {
        using var folder = new TemporaryFolder();
        var options = DefaultOptions(folder);
        new CertificateGenerator(new FixedClock(Today)).Generate(options, passwordVariable: null);

        using var root = Root(options.Files);
        using var gateway = GatewayLeaf(options.Files);
        AssertServerCertificate(gateway, "bicycle.contoso.com", root, X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment);
        Assert.That(gateway.GetRSAPublicKey()!.KeySize, Is.EqualTo(2048));
        Assert.That(gateway.NotAfter.ToUniversalTime(), Is.EqualTo(Today.AddDays(365).UtcDateTime).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void The_ingress_certificate_is_a_PEM_wildcard_for_the_ingress_domain_issued_by_the_root()
    {
        using var folder = new TemporaryFolder();
        var options = DefaultOptions(folder);
        new CertificateGenerator(new FixedClock(Today)).Generate(options, passwordVariable: null);

        using var root = Root(options.Files);
        using var ingress = IngressLeaf(options.Files);
        AssertServerCertificate(ingress, "*.aks-ingress.contoso.com", root, X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment);
        Assert.That(ingress.MatchesHostname("bu0001a0008-00.aks-ingress.contoso.com"), Is.True, "the wildcard serves App Gateway's backend host name");
        Assert.That(File.ReadAllText(options.Files.IngressKey), Does.StartWith("-----BEGIN PRIVATE KEY-----"), "Traefik reads an unencrypted PKCS#8 key");
    }

    [Test]
    public void Ecdsa_keys_are_P256_and_sign_only()
    {
        using var folder = new TemporaryFolder();
        var options = Options(folder) with { ValidityDays = 90 };
        new CertificateGenerator(new FixedClock(Today)).Generate(options, passwordVariable: null);

        using var root = Root(options.Files);
        using var ingress = IngressLeaf(options.Files);
        using var gateway = GatewayLeaf(options.Files);
        AssertServerCertificate(ingress, "*.aks-ingress.contoso.com", root, X509KeyUsageFlags.DigitalSignature);
        AssertServerCertificate(gateway, "bicycle.contoso.com", root, X509KeyUsageFlags.DigitalSignature);
        Assert.That(ingress.GetECDsaPublicKey()!.ExportParameters(false).Curve.Oid.FriendlyName, Is.EqualTo("nistP256").Or.EqualTo("ECDSA_P256"));
        Assert.That(ingress.NotAfter.ToUniversalTime(), Is.EqualTo(Today.AddDays(90).UtcDateTime).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Private_keys_the_PFX_and_its_password_are_owner_only_and_the_folder_too()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), passwordVariable: null);

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        foreach (var secret in new[] { files.RootKey, files.GatewayPfx, files.GatewayPfxPasswordFile, files.IngressKey })
        {
            Assert.That(Mode(secret), Is.EqualTo(ownerOnly), Path.GetFileName(secret));
        }

        Assert.That(Mode(files.RootCertificate) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite), Is.EqualTo(UnixFileMode.None));
        Assert.That(File.GetUnixFileMode(files.Directory), Is.EqualTo(ownerOnly | UnixFileMode.UserExecute));
        Assert.That(Directory.GetFiles(files.Directory, "*.tmp"), Is.Empty, "no temporary file is left behind");
    }

    [Test]
    public void The_generated_password_is_long_random_and_opens_the_PFX()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), passwordVariable: null);

        var password = files.ReadGatewayPfxPassword(passwordVariable: null);
        Assert.That(password, Has.Length.GreaterThanOrEqualTo(43));
        Assert.That(password, Does.Match("^[A-Za-z0-9_-]+$"));
        Assert.That(() => X509CertificateLoader.LoadPkcs12FromFile(files.GatewayPfx, "wrong"), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public void The_password_variable_encrypts_the_PFX_and_no_password_file_is_kept()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), passwordVariable: "from-the-pipeline");

        Assert.That(File.Exists(files.GatewayPfxPasswordFile), Is.False);
        Assert.That(files.ReadGatewayPfxPassword("from-the-pipeline"), Is.EqualTo("from-the-pipeline"));
        using var gateway = GatewayLeaf(files, "from-the-pipeline");
        Assert.That(gateway.HasPrivateKey, Is.True);
        Assert.That(() => files.ReadGatewayPfxPassword(passwordVariable: null), Throws.InvalidOperationException.With.Message.Contains("Certificates.Generate"));
    }

    [Test]
    public void Validity_inside_the_renewal_window_is_refused_before_anything_is_written()
    {
        using var folder = new TemporaryFolder();
        var options = Options(folder) with { ValidityDays = 30 };

        Assert.That(() => new CertificateGenerator(new FixedClock(Today)).Generate(options, null),
            Throws.TypeOf<CertificateRefusedException>().With.Message.EqualTo("--validity-days must be between 31 and 3650 (got 30): a certificate must outlive the 30-day renewal window."));
        Assert.That(Directory.Exists(options.Files.Directory), Is.False);
    }

    [Test]
    public void The_key_type_option_reads_rsa_and_ecdsa_and_refuses_anything_else()
    {
        Assert.That(CertificateKeys.Parse("RSA"), Is.EqualTo(CertificateKeyType.Rsa));
        Assert.That(CertificateKeys.Parse("ecdsa"), Is.EqualTo(CertificateKeyType.Ecdsa));
        Assert.That(() => CertificateKeys.Parse("dsa"), Throws.ArgumentException.With.Message.EqualTo("--key-type must be rsa or ecdsa, not 'dsa'."));
    }

    private static void AssertServerCertificate(X509Certificate2 leaf, string dnsName, X509Certificate2 root, X509KeyUsageFlags usage)
    {
        Assert.That(HostNameCoverage.DnsNames(leaf), Is.EqualTo(new[] { dnsName }), "SAN");
        Assert.That(leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value),
            Is.EqualTo(new[] { "1.3.6.1.5.5.7.3.1" }), "serverAuth only");
        Assert.That(leaf.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages, Is.EqualTo(usage));
        Assert.That(leaf.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.False);
        Assert.That(leaf.Issuer, Is.EqualTo(root.Subject));
        Assert.That(leaf.HasPrivateKey, Is.True);
        Assert.That(CertificateTrust.ChainProblem(leaf, [], root, Today), Is.Null, "the chain builds to the root alone");
        using var otherRoot = CertificateAuthority.Create(CertificateKeyType.Ecdsa, Today);
        Assert.That(CertificateTrust.ChainProblem(leaf, [], otherRoot.Certificate, Today), Does.Contain("not the trusted one"), "and to no other root");
    }
}
