using Build.Certificates;
using static Build.Tests.Certificates.CertificateFixture;

namespace Build.Tests.Certificates;

[Parallelizable(ParallelScope.All)]
public sealed class BringYourOwnCertificateTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Brought_files_are_checked_copied_in_and_kept_on_the_next_run()
    {
        using var folder = new TemporaryFolder();
        using var brought = new BroughtCertificates(folder, Today);
        var options = Options(folder) with
        {
            RootCertificateFile = brought.RootPem(withKey: false),
            GatewayPfxFile = brought.GatewayPfx(),
            IngressCertificateFile = brought.IngressPem(),
        };

        var first = new CertificateGenerator(new FixedClock(Today)).Generate(options, BroughtCertificates.Password);
        var files = Snapshot(options.Files);
        var second = new CertificateGenerator(new FixedClock(Today)).Generate(options, BroughtCertificates.Password);

        Assert.That(first.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Brought));
        Assert.That(second.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Kept));
        Assert.That(Snapshot(options.Files), Is.EqualTo(files));
        Assert.That(files.Keys, Is.EquivalentTo(new[] { "root-ca.pem", "gateway.pfx", "ingress.pem", "ingress-key.pem" }), "no CA key and no password file: the PFX password is the variable");
        Assert.That(files["gateway.pfx"], Is.EqualTo(File.ReadAllBytes(options.GatewayPfxFile)));
        Assert.That(first[0].Note, Is.EqualTo("brought with --ca (no key: it cannot issue)"));
    }

    [Test]
    public void A_brought_CA_with_its_key_issues_the_certificates_that_are_not_brought()
    {
        using var folder = new TemporaryFolder();
        using var brought = new BroughtCertificates(folder, Today);
        var options = Options(folder) with { RootCertificateFile = brought.RootPem(withKey: true) };

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(options, null);

        Assert.That(outcomes.Select(o => o.Action), Is.EqualTo(new[] { CertificateAction.Brought, CertificateAction.Made, CertificateAction.Made }));
        using var ingress = IngressLeaf(options.Files);
        Assert.That(CertificateTrust.ChainProblem(ingress, [], brought.Authority.Certificate, Today), Is.Null);
    }

    [Test]
    public void A_brought_ingress_key_may_come_in_its_own_file()
    {
        using var folder = new TemporaryFolder();
        var generated = Options(folder);
        new CertificateGenerator(new FixedClock(Today)).Generate(generated, null);
        var certificate = folder.File("own.pem");
        var key = folder.File("own-key.pem");
        File.Copy(generated.Files.IngressCertificate, certificate);
        File.Copy(generated.Files.IngressKey, key);

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(generated with { IngressCertificateFile = certificate, IngressKeyFile = key }, null);

        Assert.That(outcomes[2].Action, Is.EqualTo(CertificateAction.Kept), "the same certificate and key as the ones already there");
    }

    private static IEnumerable<TestCaseData> Refusals()
    {
        yield return Case("a gateway certificate for another host",
            (b, o) => o with { GatewayPfxFile = b.GatewayPfx("shop.contoso.com") },
            "--gateway-cert {gateway} is refused: its SAN (shop.contoso.com) does not cover bicycle.contoso.com.");
        yield return Case("an expired gateway certificate",
            (b, o) => o with { GatewayPfxFile = b.GatewayPfx(age: TimeSpan.FromDays(366)) },
            "--gateway-cert {gateway} is refused: it expired on 2026-02-28.");
        yield return Case("a gateway certificate from a CA nobody passed",
            (b, o) => o with { RootCertificateFile = null, GatewayPfxFile = b.GatewayPfx() },
            "--gateway-cert {gateway} is refused: the chain does not build to Contoso Bicycle Root CA (issued by a CA that is not the trusted one).");
        yield return Case("a gateway certificate not for server authentication",
            (b, o) => o with { GatewayPfxFile = b.ClientOnlyGatewayPfx() },
            "--gateway-cert {gateway} is refused: the chain does not build to Contoso Bicycle Root CA (not valid for server authentication (EKU)).");
        yield return Case("a gateway PFX and a wrong password",
            (b, o) => o with { GatewayPfxFile = b.GatewayPfx(password: "another") },
            "--gateway-cert {gateway} is refused: it does not open with GATEWAY_PFX_PASSWORD (wrong password, or not a PFX).");
        yield return Case("a gateway PFX and no password",
            (b, o) => o with { GatewayPfxFile = b.GatewayPfx() },
            "--gateway-cert {gateway} is refused: set GATEWAY_PFX_PASSWORD to its password.", password: null);
        yield return Case("an ingress certificate with somebody else's key",
            (b, o) => o with { IngressCertificateFile = b.IngressPem(withOtherKey: true) },
            "--ingress-cert {ingress} is refused: its private key does not match the certificate.");
        yield return Case("an ingress certificate without a key",
            (b, o) => o with { IngressCertificateFile = b.IngressPem(withKey: false) },
            "--ingress-cert {ingress} is refused: it holds no private key: put the key in the same PEM file or pass --ingress-key.");
        yield return Case("an ingress certificate for one host instead of the wildcard",
            (b, o) => o with { IngressCertificateFile = b.IngressPem("bu0001a0008-00.aks-ingress.contoso.com") },
            "--ingress-cert {ingress} is refused: its SAN (bu0001a0008-00.aks-ingress.contoso.com) does not cover *.aks-ingress.contoso.com.");
        yield return Case("a CA without its key and certificates left to generate",
            (b, o) => o with { RootCertificateFile = b.RootPem(withKey: false) },
            "--ca {ca} has no private key, so the gateway certificate cannot be issued: pass --gateway-cert too, or a --ca PEM that includes the CA's key.");
        yield return Case("a leaf passed as the CA",
            (b, o) => o with { RootCertificateFile = b.IngressPem() },
            "--ca {ca} is refused: it holds no CA certificate (basicConstraints CA=true).");
        yield return Case("a file that is not there",
            (b, o) => o with { GatewayPfxFile = "/nonexistent/gateway.pfx" },
            "--gateway-cert /nonexistent/gateway.pfx does not exist.");
    }

    [TestCaseSource(nameof(Refusals))]
    public void Unusable_brought_files_are_refused_with_one_line_and_nothing_is_written(
        Func<BroughtCertificates, CertificateGenerationOptions, CertificateGenerationOptions> arrange, string expected, string? password)
    {
        using var folder = new TemporaryFolder();
        using var brought = new BroughtCertificates(folder, Today);
        var options = arrange(brought, Options(folder) with { RootCertificateFile = brought.RootPem(withKey: true) });
        var message = expected
            .Replace("{gateway}", options.GatewayPfxFile)
            .Replace("{ingress}", options.IngressCertificateFile)
            .Replace("{ca}", options.RootCertificateFile);

        Assert.That(() => new CertificateGenerator(new FixedClock(Today)).Generate(options, password),
            Throws.TypeOf<CertificateRefusedException>().With.Message.EqualTo(message));
        Assert.That(message, Does.Not.Contain("\n"));
        Assert.That(Directory.Exists(options.Files.Directory), Is.False, "a refusal writes nothing");
    }

    private static TestCaseData Case(
        string name,
        Func<BroughtCertificates, CertificateGenerationOptions, CertificateGenerationOptions> arrange,
        string expected,
        string? password = BroughtCertificates.Password) =>
        new TestCaseData(arrange, expected, password).SetName($"Refuses {name}");
}
