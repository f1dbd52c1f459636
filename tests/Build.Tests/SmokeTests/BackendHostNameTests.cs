using Build.SmokeTests;

namespace Build.Tests.SmokeTests;

[Parallelizable(ParallelScope.All)]
public sealed class BackendHostNameTests
{
    [Test]
    public void Reads_the_host_name_row_of_the_aspnetapp_page()
    {
        const string page = """
            <table class="table table-striped table-hover">
                <tr>
                    <td>Containerized</td>
                    <td>true</td>
                </tr>
                <tr>
                    <td>Host name</td>
                    <td>aspnetapp-7c9d8f6b5-x2k4q</td>
                </tr>
                <tr>
                    <td style="vertical-align: top">Server IP address</td>
                    <td>10.240.0.37<br /></td>
                </tr>
            </table>
            """;

        Assert.That(BackendHostName.Find(page), Is.EqualTo("aspnetapp-7c9d8f6b5-x2k4q"));
    }

    [TestCase("<dl><dt>Hostname:</dt><dd class=\"v\">web-1</dd></dl>", "web-1")]
    [TestCase("<TH>HOST NAME</TH><TD>Pod-A.cluster.local</TD>", "Pod-A.cluster.local")]
    [TestCase("{\"framework\":\".NET 10\",\"hostName\":\"aspnetapp-abc\"}", "aspnetapp-abc")]
    [TestCase("{ \"hostname\" : \"whoami-6d9f\" }", "whoami-6d9f")]
    [TestCase("Hostname: whoami-6d9f-2\nIP: 10.0.0.4\n", "whoami-6d9f-2")]
    public void Reads_other_common_shapes(string page, string expected) =>
        Assert.That(BackendHostName.Find(page), Is.EqualTo(expected));

    [TestCase("<h1>Welcome to .NET</h1>")]
    [TestCase("<td>Host name</td><td>&nbsp;</td>")]
    [TestCase("<td>Host name</td><td>two words</td>")]
    [TestCase("")]
    public void Finds_nothing_rather_than_something_wrong(string page) =>
        Assert.That(BackendHostName.Find(page), Is.Null);
}
