using BenchmarkDotNet.Running;
using MetaHub.Benchmarks;
using MetaHub.Benchmarks.Customers;
using MetaHub.Benchmarks.Modules;
using MetaHub.Benchmarks.Onboarding;

// "onboarding" and "modules" drive a running app over HTTP (bench/onboarding.sh, bench/modules.sh),
// "customers setup" prepares one and "customers baseline" serves its yardstick (bench/customers.sh);
// anything else is BenchmarkDotNet.
if (args is [("onboarding" or "modules" or "customers") and var driver, .. var driverArgs])
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return (driver, driverArgs) switch
    {
        ("modules", _) => await ModulesBenchmark.RunAsync(driverArgs, cancel.Token),
        ("customers", ["setup", .. var rest]) => await CustomersSetup.RunAsync(rest, cancel.Token),
        ("customers", ["baseline", .. var rest]) => await CustomersBaseline.RunAsync(rest, cancel.Token),
        ("customers", _) => throw new ArgumentException("customers setup|baseline …", nameof(args)),
        _ => await OnboardingBenchmark.RunAsync(OnboardingOptions.Parse(driverArgs), cancel.Token),
    };
}

BenchmarkSwitcher.FromAssembly(typeof(TenantResolutionBenchmarks).Assembly).Run(args);
return 0;
