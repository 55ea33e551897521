using BenchmarkDotNet.Running;
using MetaHub.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(TenantResolutionBenchmarks).Assembly).Run(args);
