using BenchmarkDotNet.Running;
using MetaHub.Benchmarks;
using MetaHub.Benchmarks.Modules;
using MetaHub.Benchmarks.Onboarding;

// "onboarding" and "modules" drive a running app over HTTP (bench/onboarding.sh, bench/modules.sh);
// anything else is BenchmarkDotNet.
if (args is [("onboarding" or "modules") and var driver, .. var driverArgs])
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return driver == "modules"
        ? await ModulesBenchmark.RunAsync(driverArgs, cancel.Token)
        : await OnboardingBenchmark.RunAsync(OnboardingOptions.Parse(driverArgs), cancel.Token);
}

BenchmarkSwitcher.FromAssembly(typeof(TenantResolutionBenchmarks).Assembly).Run(args);
return 0;
