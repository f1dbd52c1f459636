using System.Runtime.Versioning;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;
using static Build.Tests.Certificates.CertificateFixture;

namespace Build.Tests.Certificates;

[Parallelizable(ParallelScope.All)]
public sealed class CertificateRenewalTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_second_run_keeps_every_file_byte_for_byte()
    {
        using var folder = new TemporaryFolder();
        var clock = new FixedClock(Today);
        var first = new CertificateGenerator(clock).Generate(Options(folder), null);
        var before = Snapshot(Options(folder).Files);
        clock.Now = Today.AddDays(1);

        var second = new CertificateGenerator(clock).Generate(Options(folder), null);

        Assert.That(first.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Made));
        Assert.That(second.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Kept));
        Assert.That(Snapshot(Options(folder).Files), Is.EqualTo(before));
    }

    [Test]
    public void Server_certificates_within_30_days_of_expiry_are_renewed_under_the_same_root()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        var clock = new FixedClock(Today);
        new CertificateGenerator(clock).Generate(Options(folder), null);
        var before = Snapshot(files);

        clock.Now = Today.AddDays(365 - 29);
        var outcomes = new CertificateGenerator(clock).Generate(Options(folder), null);

        Assert.That(outcomes.Select(o => o.Action), Is.EqualTo(new[] { CertificateAction.Kept, CertificateAction.Renewed, CertificateAction.Renewed }));
        Assert.That(outcomes[1].Note, Is.EqualTo("it expires on 2027-03-01, within 30 days"));
        var after = Snapshot(files);
        Assert.That(after["root-ca.pem"], Is.EqualTo(before["root-ca.pem"]));
        Assert.That(after["gateway.pfx.password"], Is.EqualTo(before["gateway.pfx.password"]), "the import step's password does not change under it");
        Assert.That(after["gateway.pfx"], Is.Not.EqualTo(before["gateway.pfx"]));
        Assert.That(after["ingress-key.pem"], Is.Not.EqualTo(before["ingress-key.pem"]));
        using var root = Root(files);
        using var ingress = IngressLeaf(files);
        Assert.That(ingress.NotAfter.ToUniversalTime(), Is.EqualTo(clock.Now.AddDays(365).UtcDateTime).Within(TimeSpan.FromSeconds(1)));
        Assert.That(CertificateTrust.ChainProblem(ingress, [], root, clock.Now), Is.Null);
    }

    [Test]
    public void One_day_outside_the_window_nothing_is_renewed()
    {
        using var folder = new TemporaryFolder();
        var clock = new FixedClock(Today);
        new CertificateGenerator(clock).Generate(Options(folder), null);

        clock.Now = Today.AddDays(365 - 31);
        var outcomes = new CertificateGenerator(clock).Generate(Options(folder), null);

        Assert.That(outcomes.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Kept));
    }

    [Test]
    public void Certificates_whose_host_names_no_longer_match_the_outputs_are_renewed()
    {
        using var folder = new TemporaryFolder();
        var clock = new FixedClock(Today);
        new CertificateGenerator(clock).Generate(Options(folder), null);

        var moved = new CertificateHostNames("bicycle.fabrikam.com", "aks-ingress.fabrikam.com");
        var outcomes = new CertificateGenerator(clock).Generate(Options(folder, moved), null);

        Assert.That(outcomes[1].Action, Is.EqualTo(CertificateAction.Renewed));
        Assert.That(outcomes[1].Note, Is.EqualTo("its SAN (bicycle.contoso.com) does not cover bicycle.fabrikam.com"));
        Assert.That(outcomes[2].Note, Is.EqualTo("its SAN (*.aks-ingress.contoso.com) does not cover *.aks-ingress.fabrikam.com"));
        using var gateway = GatewayLeaf(Options(folder).Files);
        Assert.That(HostNameCoverage.DnsNames(gateway), Is.EqualTo(new[] { "bicycle.fabrikam.com" }));
    }

    [Test]
    public void A_root_within_30_days_of_expiry_is_renewed_and_takes_both_server_certificates_with_it()
    {
        using var folder = new TemporaryFolder();
        var clock = new FixedClock(Today);
        new CertificateGenerator(clock).Generate(Options(folder), null);

        clock.Now = Today + CertificateAuthority.RootLifetime - TimeSpan.FromDays(10);
        var outcomes = new CertificateGenerator(clock).Generate(Options(folder), null);

        Assert.That(outcomes.Select(o => o.Action), Is.All.EqualTo(CertificateAction.Renewed));
        Assert.That(outcomes[2].Note, Is.EqualTo("it expired on 2027-03-01"), "the old ingress certificate expired long ago");
    }

    [Test]
    public void Server_certificates_from_a_replaced_root_are_renewed_and_say_so()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);
        File.Delete(files.RootKey);

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);

        Assert.That(outcomes[0].Action, Is.EqualTo(CertificateAction.Renewed));
        Assert.That(outcomes[0].Note, Is.EqualTo("root-ca-key.pem is missing"));
        Assert.That(outcomes.Skip(1).Select(o => o.Note), Is.All.EqualTo("it was issued by the replaced root CA"));
    }

    [Test]
    public void Asking_for_another_key_type_renews_the_server_certificates()
    {
        using var folder = new TemporaryFolder();
        new CertificateGenerator(new FixedClock(Today)).Generate(DefaultOptions(folder), null);

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(DefaultOptions(folder) with { KeyType = CertificateKeyType.Ecdsa }, null);

        Assert.That(outcomes[0].Action, Is.EqualTo(CertificateAction.Kept), "an RSA root signs ECDSA certificates");
        Assert.That(outcomes[1].Note, Is.EqualTo("its key is RSA, --key-type asks for ECDSA"));
        using var ingress = IngressLeaf(Options(folder).Files);
        Assert.That(ingress.GetECDsaPublicKey(), Is.Not.Null);
    }

    [Test]
    public void Switching_to_the_password_variable_re_encrypts_the_PFX_and_drops_the_generated_password()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), "from-the-pipeline");

        Assert.That(outcomes[1].Action, Is.EqualTo(CertificateAction.Renewed));
        Assert.That(outcomes[1].Note, Is.EqualTo("it does not open with the current password"));
        Assert.That(File.Exists(files.GatewayPfxPasswordFile), Is.False);
        using var gateway = GatewayLeaf(files, "from-the-pipeline");
        Assert.That(gateway.HasPrivateKey, Is.True);
    }

    [Test]
    public void An_unreadable_ingress_key_is_renewed_not_fatal()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);
        File.WriteAllText(files.IngressKey, "garbage");

        var outcomes = new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);

        Assert.That(outcomes[2].Action, Is.EqualTo(CertificateAction.Renewed));
        Assert.That(outcomes[2].Note, Does.StartWith("the existing files could not be used"));
        using var ingress = IngressLeaf(files);
        Assert.That(ingress.HasPrivateKey, Is.True);
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void A_kept_key_that_someone_made_readable_is_made_owner_only_again()
    {
        using var folder = new TemporaryFolder();
        var files = Options(folder).Files;
        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);
        var before = File.ReadAllBytes(files.IngressKey);
        File.SetUnixFileMode(files.IngressKey, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        new CertificateGenerator(new FixedClock(Today)).Generate(Options(folder), null);

        Assert.That(Mode(files.IngressKey), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.ReadAllBytes(files.IngressKey), Is.EqualTo(before));
    }
}
