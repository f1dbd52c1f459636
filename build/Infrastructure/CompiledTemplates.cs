using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>The ARM templates bicep build wrote, and what it warned about on the way.</summary>
public sealed record CompiledTemplates(IReadOnlyList<FilePath> Templates, IReadOnlyList<BicepDiagnostic> Diagnostics);
