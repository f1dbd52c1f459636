using Build.Files;
using Build.Tests.Certificates;

namespace Build.Tests.Files;

public sealed class CommittedFilesTests
{
    [Test]
    public void Writes_every_file_and_leaves_nothing_beside_them()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("a.txt"), "old a");

        CommittedFiles.Write([(folder.File("a.txt"), "new a"u8.ToArray()), (folder.File("b.txt"), "new b"u8.ToArray())]);

        Assert.That(File.ReadAllText(folder.File("a.txt")), Is.EqualTo("new a"));
        Assert.That(File.ReadAllText(folder.File("b.txt")), Is.EqualTo("new b"));
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt", "b.txt" }));
    }

    [Test]
    public void When_a_later_file_cannot_be_replaced_the_earlier_ones_get_their_bytes_back()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.File("a.txt"), [1, 2, 3]);
        Directory.CreateDirectory(folder.File("c.txt")); // nothing can be moved over a folder

        Assert.That(() => CommittedFiles.Write([(folder.File("a.txt"), [9]), (folder.File("b.txt"), [8]), (folder.File("c.txt"), [7])]), Throws.Exception);

        Assert.That(File.ReadAllBytes(folder.File("a.txt")), Is.EqualTo(new byte[] { 1, 2, 3 }), "replaced, then put back");
        Assert.That(File.Exists(folder.File("b.txt")), Is.False, "created, then removed again");
        Assert.That(Directory.Exists(folder.File("c.txt")), Is.True);
        Assert.That(Directory.GetFiles(folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt" }), "no staged or backup file is left");
    }
}
