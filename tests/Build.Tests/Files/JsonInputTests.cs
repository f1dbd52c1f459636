using Build.Files;

namespace Build.Tests.Files;

public sealed class JsonInputTests
{
    private const string Text = "{\n  \"location\": \"eastus2\",\n  \"resourceGroups\": {\n    \"hub\": \"rg-hub\",\n    \"spoke\": \"\"\n  },\n  \"list\": [\n    { \"name\": \"a\" },\n    { \"name\": 3 }\n  ]\n}\n";

    [TestCase("location", 2)]
    [TestCase("resourceGroups", 3)]
    [TestCase("resourceGroups.hub", 4)]
    [TestCase("list[1].name", 9)]
    [TestCase("resourceGroups.cluster", 3)]
    [TestCase("nowhere.at.all", 1)]
    public void Every_key_has_its_line_and_a_missing_one_its_nearest_parents(string path, int line) =>
        Assert.That(JsonInput.Parse("f.json", Text).LineOf(path), Is.EqualTo(line));

    [TestCase("resourceGroups.cluster", "f.json:3: resourceGroups.cluster: is missing from resourceGroups.")]
    [TestCase("resourceGroups.spoke", "f.json:5: resourceGroups.spoke: is empty.")]
    [TestCase("list[1].name", "f.json:9: list[1].name: is a number, not a string.")]
    public void A_required_string_names_file_line_and_key(string path, string message)
    {
        var input = JsonInput.Parse("f.json", Text);

        Assert.That(Assert.Throws<InputFileException>(() => input.RequiredString(path))!.Message, Is.EqualTo(message));
    }

    [TestCase("{\n  \"a\": {\n    \"b\": \"c\"", "f.json:3: a: the file ends before its JSON does (is it cut short?): fix it.")]
    [TestCase("{\n  \"a\": [1, 2,\n", "f.json:3: a[2]: the file ends before its JSON does (is it cut short?): fix it.")]
    [TestCase("{\n  \"a\": 1\n  \"b\": 2\n}", "f.json:3: not valid JSON here ('\"' is invalid after a value. Expected either ',', '}', or ']'): fix it.")]
    [TestCase("   \n", "f.json:1: the file is empty: fix it.")]
    [TestCase("{\n  \"a\": {\n    \"b\": 1,\n    \"b\": 2\n  }\n}", "f.json:4: a.b: is given twice in its object (first on line 3): fix it.")]
    public void Text_that_is_not_JSON_is_reported_where_it_stops_being_JSON(string text, string message) =>
        Assert.That(Assert.Throws<InputFileException>(() => JsonInput.Parse("f.json", text, "fix it"))!.Message, Is.EqualTo(message));
}
