using Build.Certificates;

namespace Build.Tests.Certificates;

/// <summary>Certificates.Generate through the host: host names from the snapshots, the table, and nothing secret printed.</summary>
[NonParallelizable]
public sealed class GenerateCertificatesTaskTests
{
    [Test]
    public void Makes_then_keeps_the_certificates_for_the_host_names_in_the_snapshots_and_prints_no_secret()
    {
        using var repository = new TemporaryFolder("build-repo-");
        WriteSnapshots(repository, gatewayHostName: "bicycle.contoso.com", ingressDomain: "aks-ingress.contoso.com");

        var (firstExit, first) = HostRun.Run(repository.Path, "--target=Certificates.Generate", "--exclusive", "--key-type=ecdsa", "--verbosity=diagnostic");
        var files = CertificateFiles.For(new Cake.Core.IO.DirectoryPath(repository.Path).Combine("artifacts"), "prod");
        var (secondExit, second) = HostRun.Run(repository.Path, "--target=Certificates.Generate", "--exclusive", "--key-type=ecdsa", "--verbosity=diagnostic");

        Assert.That(firstExit, Is.Zero, first);
        Assert.That(secondExit, Is.Zero, second);
        Assert.That(first, Does.Contain("made").And.Contain("bicycle.contoso.com").And.Contain("*.aks-ingress.contoso.com").And.Contain("gateway.pfx"));
        Assert.That(second, Does.Contain("kept").And.Not.Contain("made"));
        foreach (var secret in Secrets(files))
        {
            Assert.That(first + second, Does.Not.Contain(secret), "a secret was printed");
        }
    }

    [Test]
    public void Without_snapshots_it_fails_with_one_line_saying_how_to_make_them()
    {
        using var repository = new TemporaryFolder("build-repo-");

        var (exitCode, output) = HostRun.Run(repository.Path, "--target=Certificates.Generate", "--exclusive");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("There is no snapshot").And.Contain("--target=Snapshots"));
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_refused_brought_certificate_fails_the_task_with_its_reason()
    {
        using var repository = new TemporaryFolder("build-repo-");
        WriteSnapshots(repository, gatewayHostName: "bicycle.contoso.com", ingressDomain: "aks-ingress.contoso.com");
        File.WriteAllText(repository.File("not-a-ca.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

        var (exitCode, output) = HostRun.Run(repository.Path, "--target=Certificates.Generate", "--exclusive", "--ca=not-a-ca.pem");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"--ca {repository.File("not-a-ca.pem")} is refused: it is not a readable PEM file"));
    }

    /// <summary>Every secret value, and long pieces of each key, so a partial print is caught too.</summary>
    private static IEnumerable<string> Secrets(CertificateFiles files)
    {
        yield return files.ReadGatewayPfxPassword(passwordVariable: null);
        foreach (var key in new[] { files.RootKey, files.IngressKey })
        {
            var body = string.Concat(File.ReadAllLines(key).Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
            for (var start = 0; start + 24 <= body.Length; start += 24)
            {
                yield return body.Substring(start, 24);
            }
        }
    }

    private static void WriteSnapshots(TemporaryFolder repository, string gatewayHostName, string ingressDomain)
    {
        var folder = Directory.CreateDirectory(repository.File("bicep/environments/prod")).FullName;
        File.WriteAllText(Path.Combine(folder, "hub.snapshot.json"), """{ "predictedResources": [], "outputs": {} }""");
        File.WriteAllText(Path.Combine(folder, "spoke.snapshot.json"), """{ "predictedResources": [], "outputs": {} }""");
        File.WriteAllText(Path.Combine(folder, "cluster.snapshot.json"),
            $$"""{ "predictedResources": [], "outputs": { "gatewayHostName": "{{gatewayHostName}}", "ingressDomain": "{{ingressDomain}}" } }""");
    }
}
