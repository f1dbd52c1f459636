return Build.BuildHost.Create().Run(args);
