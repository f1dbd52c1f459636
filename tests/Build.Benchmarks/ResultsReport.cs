using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Build.Benchmarks;

/// <summary>The table printed at the end and the same numbers in artifacts/benchmarks/results.json.</summary>
public static class ResultsReport
{
    public static void Print(IReadOnlyList<Measurement> measurements, IReadOnlyList<EngineThroughput> engine)
    {
        // pipeline logs are not terminals: give the table room instead of wrapping every cell
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 150);
        }

        var table = new Table()
            .AddColumn("Measurement")
            .AddColumn(new TableColumn("Median (min–max)").RightAligned())
            .AddColumn("Floor (median)")
            .AddColumn(new TableColumn("Ratio").RightAligned())
            .AddColumn("Target")
            .AddColumn("Met");
        foreach (var m in measurements)
        {
            table.AddRow(
                Markup.Escape(m.Name + (m.Note.Length > 0 ? $"; {m.Note}" : string.Empty)),
                $"{Seconds(m.Suite.Median)} ({Seconds(m.Suite.Min)}–{Seconds(m.Suite.Max)})",
                m.Floor is null ? "-" : Markup.Escape($"{m.FloorName}: {Seconds(m.Floor.Median)}"),
                m.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(m.Target),
                m.Met ? "[green]yes[/]" : "[red]no[/]");
        }

        foreach (var e in engine)
        {
            table.AddRow(
                $"Rule engine, {e.Resources:N0} resources (BenchmarkDotNet, in-process)",
                $"{e.MeanMilliseconds:0.###} ms = {e.ResourcesPerSecond:N0}/s",
                "-",
                "-",
                "≥ 20,000 resources/s",
                e.ResourcesPerSecond >= 20_000 ? "[green]yes[/]" : "[red]no[/]");
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(Machine());
    }

    public static void WriteJson(string path, IReadOnlyList<Measurement> measurements, IReadOnlyList<EngineThroughput> engine)
    {
        var json = new JsonObject
        {
            ["machine"] = Machine(),
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["processes"] = new JsonArray(measurements.Select(m => (JsonNode?)new JsonObject
            {
                ["name"] = m.Name,
                ["note"] = m.Note,
                ["medianSeconds"] = Round(m.Suite.Median),
                ["minSeconds"] = Round(m.Suite.Min),
                ["maxSeconds"] = Round(m.Suite.Max),
                ["runsSeconds"] = new JsonArray(m.Suite.Seconds.Select(s => (JsonNode?)Round(s)).ToArray()),
                ["comparedWith"] = m.FloorName,
                ["comparedMedianSeconds"] = m.Floor is null ? null : Round(m.Floor.Median),
                ["ratio"] = m.Ratio is { } ratio ? Round(ratio) : null,
                ["target"] = m.Target,
                ["met"] = m.Met,
            }).ToArray()),
            ["ruleEngine"] = new JsonArray(engine.Select(e => (JsonNode?)new JsonObject
            {
                ["resources"] = e.Resources,
                ["meanMilliseconds"] = Round(e.MeanMilliseconds),
                ["resourcesPerSecond"] = Math.Round(e.ResourcesPerSecond),
                ["met"] = e.ResourcesPerSecond >= 20_000,
            }).ToArray()),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    private static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static double Round(double value) => Math.Round(value, 3);
}
