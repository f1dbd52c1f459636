using Build.Files;
using Build.Infrastructure;
using Build.Network;
using Build.Tests.Certificates;
using DirectoryPath = Cake.Core.IO.DirectoryPath;

namespace Build.Tests.Infrastructure;

/// <summary>environment.json: every key the templates read, checked with its line before bicep runs; the address plan's root causes.</summary>
public sealed class EnvironmentSettingsTests
{
    private static readonly string Prod = File.ReadAllText(Path.Combine(RealBicep.RepositoryRoot.FullPath, "bicep", "environments", "prod", "environment.json"));

    [Test]
    public void The_prod_environment_is_read_whole()
    {
        var settings = Load(Prod);

        Assert.That(settings.ResourceGroup(Stage.Hub), Is.EqualTo("rg-enterprise-networking-hubs-eastus2"));
        Assert.That(settings.AddressPlan.Spoke.IngressSubnetPrefix, Is.EqualTo("10.240.4.0/28"));
        Assert.That(AddressPlanCheck.Problems(settings.AddressPlan), Is.Empty);
    }

    [TestCase("\"hub\": \"rg-enterprise-networking-hubs-eastus2\",", "", "bicep/environments/prod/environment.json:4: resourceGroups.hub: is missing from resourceGroups: name the resource group this stage deploys to.")]
    [TestCase("\"rg-bu0001a0008\"", "\"\"", "bicep/environments/prod/environment.json:7: resourceGroups.cluster: is empty: name the resource group this stage deploys to.")]
    [TestCase("\"rg-bu0001a0008\"", "\"rg bu0001a0008.\"", "bicep/environments/prod/environment.json:7: resourceGroups.cluster: 'rg bu0001a0008.' is not a resource group name")]
    [TestCase("\"location\": \"eastus2\",", "\"location\": 2,", "bicep/environments/prod/environment.json:2: location: is a number, not a string.")]
    [TestCase("      \"nodesSubnetPrefix\": \"10.240.0.0/22\",\n", "", "bicep/environments/prod/environment.json:16: addressPlan.spoke.nodesSubnetPrefix: is missing from addressPlan.spoke.")]
    public void A_missing_or_empty_key_is_reported_as_that_with_its_line(string find, string replace, string message)
    {
        var failure = Assert.Throws<InputFileException>(() => Load(Prod.Replace(find, replace, StringComparison.Ordinal)))!;

        Assert.That(failure.Message, Does.StartWith(message));
    }

    [Test]
    public void A_truncated_file_names_the_line_and_the_key_it_stops_in()
    {
        var cut = Prod[..Prod.IndexOf("10.240.4.0", StringComparison.Ordinal)];

        var failure = Assert.Throws<InputFileException>(() => Load(cut))!;

        Assert.That(failure.Message, Does.StartWith("bicep/environments/prod/environment.json:19: addressPlan.spoke.ingressSubnetPrefix: the file ends before its JSON does"));
    }

    [TestCase("\"10.240.4.0/28\"", "\"10.240.4.1/28\"", "bicep/environments/prod/environment.json:19: addressPlan.spoke.ingressSubnetPrefix: '10.240.4.1/28' has host bits set (Azure refuses it): the prefix is 10.240.4.0/28")]
    [TestCase("\"10.240.4.0/28\"", "\"10.240.0.16/28\"", "bicep/environments/prod/environment.json:19: addressPlan.spoke.ingressSubnetPrefix: 10.240.0.16/28 overlaps addressPlan.spoke.nodesSubnetPrefix 10.240.0.0/22")]
    [TestCase("\"10.240.4.0/28\"", "\"10.250.4.0/28\"", "bicep/environments/prod/environment.json:19: addressPlan.spoke.ingressSubnetPrefix: 10.250.4.0/28 lies outside addressPlan.spoke.addressSpace 10.240.0.0/16")]
    [TestCase("\"addressSpace\": \"10.240.0.0/16\"", "\"addressSpace\": \"10.200.0.0/16\"", "bicep/environments/prod/environment.json:17: addressPlan.spoke.addressSpace: 10.200.0.0/16 overlaps addressPlan.hub.addressSpace 10.200.0.0/24")]
    [TestCase("\"10.240.4.0/28\"", "\"10.240.4.0\"", "bicep/environments/prod/environment.json:19: addressPlan.spoke.ingressSubnetPrefix: '10.240.4.0' is not an IPv4 prefix such as 10.240.0.0/16")]
    public void Address_plan_problems_are_reported_as_their_root_cause_with_the_key(string find, string replace, string message)
    {
        var settings = Load(Prod.Replace(find, replace, StringComparison.Ordinal));

        var failure = Assert.Throws<InputFileException>(() => AddressPlanCheck.Check(settings))!;

        Assert.That(failure.Message, Does.StartWith(message));
    }

    private static EnvironmentSettings Load(string text)
    {
        using var folder = new TemporaryFolder();
        var layout = new EnvironmentLayout(new DirectoryPath(folder.Path), "prod");
        Directory.CreateDirectory(layout.EnvironmentDirectory.FullPath);
        File.WriteAllText(layout.EnvironmentSettingsFile.FullPath, text);
        return EnvironmentSettings.Load(layout);
    }
}
