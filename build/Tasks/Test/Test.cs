using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Setup;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;

namespace Build.Tasks.Test;

[TaskName("Test")]
[TaskDescription("Runs the NUnit tests; TRX and JUnit results go to artifacts/tests/ (--filter=<expression> to narrow).")]
[IsDependentOn(typeof(InstallTools))]
[Requires(Prerequisite.DotNet, Prerequisite.Bicep, Prerequisite.Helm, Prerequisite.Kubectl)]
public sealed class Test : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var results = context.Artifacts.Combine("tests");
        var settings = new DotNetTestSettings
        {
            ResultsDirectory = results,
            Loggers =
            [
                "trx;LogFileName=results.trx",
                $"junit;LogFilePath={results.CombineWithFilePath("junit.xml").FullPath};MethodFormat=Class;FailureBodyFormat=Verbose",
                "console;verbosity=normal",
            ],
            Filter = context.Options.Filter,
            NoLogo = true,
        };

        try
        {
            context.DotNetTest(context.Root.CombineWithFilePath("tests/Build.Tests/Build.Tests.csproj").FullPath, settings);
        }
        catch (CakeException)
        {
            throw new InvalidOperationException("Tests failed: the failures are listed above; results are in artifacts/tests/ (junit.xml, results.trx).");
        }
    }
}
