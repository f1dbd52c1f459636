using System.Text;
using System.Text.RegularExpressions;
using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

/// <summary>
/// The parameter files against the hand-over convention (bicep/README.md): an earlier deployment's
/// output <c>fooBar</c> arrives as <c>AKS_BASELINE_FOO_BAR</c>, offline as the same output of that
/// deployment's committed snapshot.
/// </summary>
public sealed partial class ParameterFileTests
{
    private static readonly string Environment = RealBicep.RepositoryRoot.Combine("bicep/environments/prod").FullPath;

    private static IEnumerable<string> ParameterFiles() => Directory.EnumerateFiles(Environment, "*.bicepparam").Order();

    [TestCaseSource(nameof(ParameterFiles))]
    public void Every_variable_read_is_the_variable_of_a_contract_output(string file)
    {
        var known = OutputContract.Names.ToDictionary(VariableOf, name => name);

        foreach (Match read in EnvironmentRead().Matches(File.ReadAllText(file)))
        {
            Assert.That(known, Contains.Key(read.Groups["variable"].Value), $"{Path.GetFileName(file)} reads {read.Groups["variable"].Value}");
            Assert.That(read.Groups["default"].Value, Is.EqualTo("''"), "the offline fallback is deployedOr's second argument, not readEnvironmentVariable's (which must be a literal)");
        }
    }

    [TestCaseSource(nameof(ParameterFiles))]
    public void The_offline_fallback_is_the_same_output_of_the_earlier_snapshot(string file)
    {
        foreach (Match handOver in SnapshotFallback().Matches(File.ReadAllText(file)))
        {
            var output = handOver.Groups["output"].Value;
            Assert.That(VariableOf(output), Is.EqualTo(handOver.Groups["variable"].Value), $"{Path.GetFileName(file)}: {handOver.Value}");

            var earlier = BicepSnapshot.Load(Path.Combine(Environment, $"{handOver.Groups["stage"].Value}.snapshot.json"));
            Assert.That(earlier.Outputs, Contains.Key(output));
            Assert.That(BicepSnapshot.IsUnresolved(earlier.Outputs[output]!.ToString()), Is.False, $"{output} is known only after deployment: it cannot be an offline default");
        }
    }

    [Test]
    public void The_later_stages_take_what_they_need_from_the_earlier_ones()
    {
        var spoke = File.ReadAllText(Path.Combine(Environment, "spoke.bicepparam"));
        var cluster = File.ReadAllText(Path.Combine(Environment, "cluster.bicepparam"));

        Assert.That(Variables(spoke), Is.EquivalentTo(new[] { "AKS_BASELINE_HUB_VNET_ID", "AKS_BASELINE_LOG_ANALYTICS_WORKSPACE_ID", "AKS_BASELINE_FIREWALL_PRIVATE_IP" }));
        Assert.That(Variables(cluster), Has.Member("AKS_BASELINE_INGRESS_LOAD_BALANCER_IP").And.Member("AKS_BASELINE_FIREWALL_PUBLIC_IP_ADDRESSES").And.Member("AKS_BASELINE_NODES_SUBNET_ID"));
        Assert.That(Variables(File.ReadAllText(Path.Combine(Environment, "hub.bicepparam"))), Is.Empty);
    }

    private static IEnumerable<string> Variables(string text) =>
        EnvironmentRead().Matches(text).Select(m => m.Groups["variable"].Value);

    // the convention: camelCase output name -> AKS_BASELINE_UPPER_SNAKE
    private static string VariableOf(string outputName)
    {
        var name = new StringBuilder("AKS_BASELINE_");
        foreach (var c in outputName)
        {
            name.Append(char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString());
        }

        return name.ToString();
    }

    [GeneratedRegex(@"readEnvironmentVariable\('(?<variable>[^']+)',\s*(?<default>[^)]*)\)")]
    private static partial Regex EnvironmentRead();

    [GeneratedRegex(@"readEnvironmentVariable\('(?<variable>[^']+)', ''\),\s*(?<stage>hub|spoke)\.(?<output>\w+)\)")]
    private static partial Regex SnapshotFallback();
}
