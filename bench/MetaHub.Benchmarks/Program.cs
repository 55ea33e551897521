using BenchmarkDotNet.Running;
using MetaHub.Benchmarks;
using MetaHub.Benchmarks.Onboarding;

// "onboarding" drives a running app over HTTP (bench/onboarding.sh); anything else is BenchmarkDotNet.
if (args is ["onboarding", .. var onboardingArgs])
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return await OnboardingBenchmark.RunAsync(OnboardingOptions.Parse(onboardingArgs), cancel.Token);
}

BenchmarkSwitcher.FromAssembly(typeof(TenantResolutionBenchmarks).Assembly).Run(args);
return 0;
