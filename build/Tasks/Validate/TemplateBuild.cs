using Build.Caching;
using Build.Infrastructure;

namespace Build.Tasks.Validate;

/// <summary>Validate.Bicep's piece: which templates were compiled again, and what came of it (null when none was).</summary>
public sealed record TemplateBuild(BicepEntries Entries, CompiledTemplates? Compiled);
