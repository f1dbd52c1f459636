using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace FakeCloudHost.Kubernetes;

/// <summary>Every document of a YAML stream as JSON, whatever its kind (custom resources included), as the API server receives them.</summary>
public static class YamlDocuments
{
    public static IEnumerable<JsonObject> Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        parser.Consume<StreamStart>();
        var documents = new List<JsonObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var value = deserializer.Deserialize<object?>(parser);
            if (value is not null && JsonNode.Parse(JsonSerializer.Serialize(value)) is JsonObject document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }
}
