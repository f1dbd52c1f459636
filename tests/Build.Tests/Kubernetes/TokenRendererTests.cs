using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Kubernetes;

namespace Build.Tests.Kubernetes;

[Parallelizable(ParallelScope.All)]
public sealed class TokenRendererTests
{
    private const string File = "manifests/1-test/sample.yaml";

    [Test]
    public void Fills_each_token_with_its_output_and_keeps_the_lines()
    {
        var rendered = Renderer(("ingressLoadBalancerIp", "10.240.4.4"), ("ingressSubnetName", "snet-ingress")).Render(File, """
            a: 1
            annotations:
              subnet: "${output:ingressSubnetName}"
              ip: "${output:ingressLoadBalancerIp}" # and ${output:ingressSubnetName} again
            """);

        Assert.That(rendered.Text, Is.EqualTo("""
            a: 1
            annotations:
              subnet: "snet-ingress"
              ip: "10.240.4.4" # and snet-ingress again
            """));
        Assert.That(rendered.Substitutions.Select(s => (s.Line, s.Column, s.OutputName, s.Value, s.IsStandIn)), Is.EqualTo(new[]
        {
            (3, 12, "ingressSubnetName", "snet-ingress", false),
            (4, 8, "ingressLoadBalancerIp", "10.240.4.4", false),
            (4, 26, "ingressSubnetName", "snet-ingress", false),
        }));
    }

    [Test]
    public void Reports_positions_that_hold_the_value_in_the_rendered_text()
    {
        var rendered = Renderer(("workloadNamespace", "a0008"), ("traefikNamespace", "ingress")).Render(File,
            "x: \"${output:traefikNamespace}-gzip@kubernetescrd,${output:traefikNamespace}-b\"\ny: ${output:workloadNamespace}\n");

        var lines = rendered.Text.Split('\n');
        foreach (var substitution in rendered.Substitutions)
        {
            Assert.That(lines[substitution.Line - 1].Substring(substitution.Column - 1, substitution.Value.Length), Is.EqualTo(substitution.Value));
        }
    }

    [Test]
    public void Writes_an_escaped_dollar_brace_literally()
    {
        var rendered = Renderer(("domainName", "contoso.com")).Render(File, "rule: $${HOST} on ${output:domainName}\n");

        Assert.That(rendered.Text, Is.EqualTo("rule: ${HOST} on contoso.com\n"));
        Assert.That(rendered.Substitutions, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_output_name_that_no_deployment_declares_fails_with_file_line_and_token()
    {
        var error = Assert.Throws<KubernetesSourceException>(() => Renderer().Render(File, "a: 1\nb: \"${output:ingressLoadBalancerIP}\"\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:2: ${{output:ingressLoadBalancerIP}} names no Bicep output"));
    }

    [Test]
    public void A_malformed_token_fails_with_file_and_line()
    {
        var error = Assert.Throws<KubernetesSourceException>(() => Renderer().Render(File, "a: 1\n\nb: ${ingressLoadBalancerIp}\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:3: '${{ingressLoadBalancerIp}}' is not a token"));
    }

    [Test]
    public void An_unclosed_token_fails_with_file_and_line()
    {
        var error = Assert.Throws<KubernetesSourceException>(() => Renderer().Render(File, "b: ${output:domainName\nc: 2\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:1: '${{output:domainName' is not a token"));
    }

    [Test]
    public void A_declared_output_missing_from_the_outputs_fails_with_file_line_and_what_to_run()
    {
        var error = Assert.Throws<KubernetesSourceException>(() => Renderer().Render(File, "x: y\nb: ${output:keyVaultName}\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:2: ${{output:keyVaultName}}: The Bicep output 'keyVaultName' is missing"));
        Assert.That(error.Message, Does.Contain("./build.sh --target=Snapshots"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Offline_a_value_known_only_after_deployment_renders_as_a_stand_in_of_its_shape()
    {
        var rendered = Renderer(
                ("traefikIdentityClientId", "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id'), '2024-11-30').clientId]"),
                ("acrLoginServer", "[reference(resourceId('Microsoft.ContainerRegistry/registries', 'acr'), '2025-04-01').loginServer]"),
                ("ingressLoadBalancerIp", "[reference('x').ip]"))
            .Render(File, "id: ${output:traefikIdentityClientId}\nimage: ${output:acrLoginServer}/a:1\nip: ${output:ingressLoadBalancerIp}\n");

        Assert.That(rendered.Text, Is.EqualTo("id: 00000000-0000-0000-0000-000000000000\nimage: acrloginserver.invalid/a:1\nip: 192.0.2.1\n"));
        Assert.That(rendered.Substitutions.Select(s => s.IsStandIn), Is.All.True);
    }

    [Test]
    public void Online_a_value_that_is_still_an_expression_fails()
    {
        var outputs = new StackOutputs(new Dictionary<string, JsonNode?> { ["tenantId"] = JsonValue.Create("[subscription().tenantId]") }, offline: false);

        var error = Assert.Throws<KubernetesSourceException>(() => new TokenRenderer(new OutputValues(outputs)).Render(File, "t: ${output:tenantId}\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:1: ${{output:tenantId}}: The deployment output 'tenantId' is still an ARM expression"));
    }

    [Test]
    public void An_output_that_is_not_a_string_fails()
    {
        var outputs = new StackOutputs(new Dictionary<string, JsonNode?> { ["spokeAddressSpace"] = new JsonArray("10.240.0.0/16") }, offline: true);

        var error = Assert.Throws<KubernetesSourceException>(() => new TokenRenderer(new OutputValues(outputs)).Render(File, "a: ${output:spokeAddressSpace}\n"));

        Assert.That(error!.Message, Does.Contain("is missing or not a string"));
    }

    [Test]
    public void An_output_value_that_would_break_the_yaml_fails()
    {
        var error = Assert.Throws<KubernetesSourceException>(() => Renderer(("domainName", "contoso\".com")).Render(File, "a: \"${output:domainName}\"\n"));

        Assert.That(error!.Message, Does.StartWith($"{File}:1: ${{output:domainName}}: The Bicep output 'domainName' is empty or holds a quote"));
    }

    [Test]
    public void Every_declared_output_has_a_stand_in_shape()
    {
        Assert.That(OfflineStandIn.OutputsWithShape, Is.EquivalentTo(OutputToken.OutputNamesDeclared));
    }

    [TestCase("tenantId", "00000000-0000-0000-0000-000000000000")]
    [TestCase("backendHostName", "backendhostname.invalid")]
    [TestCase("appGatewaySubnetPrefix", "192.0.2.0/24")]
    [TestCase("keyVaultName", "unresolved")]
    public void Stand_ins_are_well_formed_for_their_shape(string output, string standIn)
    {
        Assert.That(OfflineStandIn.For(output), Is.EqualTo(standIn));
    }

    private static TokenRenderer Renderer(params (string Name, string Value)[] outputs) =>
        new(new OutputValues(new StackOutputs(outputs.ToDictionary(o => o.Name, o => (JsonNode?)JsonValue.Create(o.Value)), offline: true)));
}
