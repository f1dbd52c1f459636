using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

public sealed class SnapshotFileTests
{
    [Test]
    public void Sorts_the_outputs_and_keeps_everything_else()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("snapshot-").FullName, "hub.snapshot.json");
        try
        {
            File.WriteAllText(path, """
                {
                  "predictedResources": [ { "id": "/x", "name": "[reference('/x', '2025-05-01').y]" } ],
                  "diagnostics": [],
                  "outputs": { "zeta": "1", "alpha": [ "a" ], "mid": "[tenant().tenantId]" }
                }
                """);

            SnapshotFile.Normalize(path);

            var snapshot = BicepSnapshot.Load(path);
            Assert.That(snapshot.Outputs.Keys, Is.EqualTo(new[] { "alpha", "mid", "zeta" }));
            Assert.That((string?)snapshot.PredictedResources.Single()["name"], Is.EqualTo("[reference('/x', '2025-05-01').y]"));
            Assert.That(File.ReadAllText(path), Does.Contain("[reference('/x', '2025-05-01').y]"), "ARM expressions stay readable");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
