using System.Reflection;
using System.Security.Cryptography;
using Build.Hosting;
using Build.Tools;
using Build.Tools.Az;
using FilePath = Cake.Core.IO.FilePath;
using FakeCloudHost.Az;
using FakeCloudHost.Cli;

namespace Build.Tests.Tools;

/// <summary>
/// The fakes are held to the real tools' published contracts (tests/Fakes/Contracts): the fake az refuses what az
/// refuses, with az's words, and every command line the suite builds is one the reference accepts.
/// </summary>
public sealed class ContractTests
{
    private static readonly string Repository = RepositoryRoot.Locate();

    [Test]
    public void The_copy_in_the_test_tree_is_the_published_contract()
    {
        var published = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "contracts", "az-cli.json"));
        if (!File.Exists(published))
        {
            Assert.Ignore($"{published} is not on this machine: nothing to compare the copy with.");
        }

        Assert.That(Hash(Path.Combine(Repository, "tests", "Fakes", "Contracts", "az-cli.json")), Is.EqualTo(Hash(published)));
    }

    [Test]
    public void An_option_the_reference_does_not_list_is_refused_as_az_refuses_it()
    {
        var failure = Assert.Throws<CliFailure>(() => AzContract.Published.Parse(["deployment", "group", "create", "--resource-group", "rg", "--tags", "inputs=abc"]));

        Assert.That(failure!.ExitCode, Is.EqualTo(2));
        Assert.That(failure.Message, Does.StartWith("ERROR: unrecognized arguments: --tags inputs=abc"));
    }

    [Test]
    public void A_missing_required_option_is_refused_with_its_names()
    {
        var failure = Assert.Throws<CliFailure>(() => AzContract.Published.Parse(["deployment", "group", "show", "--name", "x"]));

        Assert.That(failure!.ExitCode, Is.EqualTo(2));
        Assert.That(failure.Message, Is.EqualTo("ERROR: the following arguments are required: --resource-group/-g"));
    }

    [Test]
    public void A_value_outside_the_accepted_ones_is_refused()
    {
        var failure = Assert.Throws<CliFailure>(() => AzContract.Published.Parse(["version", "--output", "xml"]));

        Assert.That(failure!.Message, Does.StartWith("ERROR: argument --output/-o: invalid choice: 'xml'"));
    }

    [Test]
    public void Aliases_and_the_global_subscription_option_are_accepted()
    {
        var args = AzContract.Published.Parse(["deployment", "group", "show", "-g", "rg", "-n", "d", "--subscription", "s", "-o", "json"]);

        Assert.That(args.Value("--resource-group"), Is.EqualTo("rg"));
        Assert.That(args.Value("--name"), Is.EqualTo("d"));
    }

    /// <summary>Every alias of <see cref="AzAliases"/> runs once against a recording runner; each command line it builds must parse.</summary>
    [Test]
    public void Every_command_line_the_suite_builds_is_one_the_reference_accepts()
    {
        using var fixture = new ToolFixture();
        var az = new AzRunner(fixture.FileSystem, fixture.Environment, fixture.Processes, fixture.Locator);
        foreach (var method in typeof(AzRunner).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.GetParameters() is [var only] && typeof(AzSettings).IsAssignableFrom(only.ParameterType)))
        {
            var settings = Sample(method.GetParameters().Single().ParameterType);
            try
            {
                method.Invoke(az, [settings]);
            }
            catch (TargetInvocationException)
            {
                // the recording runner answers nothing: only the command line matters here
            }
        }

        var lines = fixture.Processes.Started.Select(p => p.Arguments).Distinct().ToList();
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(20));
        foreach (var line in lines)
        {
            Assert.DoesNotThrow(() => AzContract.Published.Parse(Words(line)), $"az {line}");
        }
    }

    [TestCase("helm")]
    [TestCase("kubectl")]
    public void The_helm_and_kubectl_contracts_are_what_the_installed_binaries_say(string tool)
    {
        var binary = Path.Combine(Repository, ".tools", "bin", tool);
        if (!File.Exists(binary))
        {
            Assert.Ignore($"{binary} is not installed (./build.sh --target=Tools): nothing to compare with.");
        }

        var actual = tool == "helm" ? ContractWriter.Helm(binary) : ContractWriter.Kubectl(binary);

        Assert.That(actual.ToJson(), Is.EqualTo(File.ReadAllText(Path.Combine(Repository, "tests", "Fakes", "Contracts", tool + ".json"))),
            $"regenerate with: dotnet tests/Fakes/FakeCloudHost/bin/Debug/net10.0/FakeCloudHost.dll --write-contracts tests/Fakes/Contracts");
    }

    private static object Sample(Type type)
    {
        var settings = Activator.CreateInstance(type)!;
        var own = type.GetProperties().Where(p => p.CanWrite && typeof(AzSettings).IsAssignableFrom(p.DeclaringType)).ToList();
        foreach (var property in own.Where(p => p.PropertyType == typeof(string)))
        {
            property.SetValue(settings, property.Name == "Subscription" ? null : "x-" + property.Name.ToLowerInvariant());
        }

        foreach (var property in own.Where(p => p.PropertyType == typeof(FilePath)))
        {
            property.SetValue(settings, new FilePath("/work/repo/bicep/environments/prod/hub.bicepparam"));
        }

        if (settings is AzRoleAssignmentCreateSettings create)
        {
            create.AssigneePrincipalType = "ServicePrincipal";
        }

        if (settings is AzRoleAssignmentDeleteSettings delete)
        {
            delete.Ids.Add("/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/1");
        }

        if (settings is AzTagUpdateSettings tag)
        {
            tag.Tags["a"] = "b";
        }

        return settings;
    }

    /// <summary>Cake's rendering of a command line back into words: spaces separate, double quotes group.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
