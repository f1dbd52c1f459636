namespace Build.Tests.SmokeTests;

/// <summary>Makes the harness's certificates once for every test in this namespace (RSA keys take a moment) and removes them after.</summary>
[SetUpFixture]
public sealed class SmokeHarnessSetUp
{
    private static BaselineCertificates? _certificates;

    public static BaselineCertificates Certificates => _certificates ?? throw new InvalidOperationException("The smoke harness set-up has not run.");

    [OneTimeSetUp]
    public void MakeCertificates() => _certificates = new BaselineCertificates();

    [OneTimeTearDown]
    public void RemoveCertificates()
    {
        _certificates?.Dispose();
        _certificates = null;
    }
}
