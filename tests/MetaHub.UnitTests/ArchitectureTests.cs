using System.Reflection;
using MetaHub.Kernel.Modules;
using MetaHub.Web;
using NetArchTest.Rules;

namespace MetaHub.UnitTests;

/// <summary>Modules depend on the building blocks only, never on the platform, the host or each other.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly[] ModuleAssemblies =
        MetaHubModules.All.Select(m => m.GetType().Assembly).Where(a => a.GetName().Name!.StartsWith("MetaHub.", StringComparison.Ordinal)).Distinct().ToArray();

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in ModuleAssemblies)
        {
            data.Add(assembly.GetName().Name!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DependsOnlyOnBuildingBlocks(string assemblyName)
    {
        var assembly = ModuleAssemblies.Single(a => a.GetName().Name == assemblyName);
        var forbidden = new[] { "MetaHub.Web", "MetaHub.Tenancy", "MetaHub.Migrations", "MetaHub.Onboarding", "MetaHub.Operators" }
            .Concat(ModuleAssemblies.Select(a => a.GetName().Name!).Where(n => n != assemblyName))
            .ToArray();

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{assemblyName} depends on {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Modules_HaveDistinctLowerCaseCodes()
    {
        var codes = MetaHubModules.All.Select(m => m.Code).ToList();
        codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(codes.Count);
        codes.ShouldAllBe(c => string.Equals(c, c.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void Kernel_DependsOnNoOtherMetaHubAssembly()
    {
        var result = Types.InAssembly(typeof(IModule).Assembly)
            .ShouldNot().HaveDependencyOnAny("MetaHub.Tenancy", "MetaHub.Web", "MetaHub.Access", "MetaHub.Customers", "MetaHub.Leads", "MetaHub.Onboarding", "MetaHub.Operators")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue();
    }

    /// <summary>Platform operators are a platform project beside Onboarding: neither knows the other, nor the host.</summary>
    [Fact]
    public void Operators_DependOnNeitherTheHostNorOnboarding()
    {
        var result = Types.InAssembly(typeof(MetaHub.Operators.OperatorsServiceCollectionExtensions).Assembly)
            .ShouldNot().HaveDependencyOnAny("MetaHub.Web", "MetaHub.Onboarding", "MetaHub.Migrations")
            .GetResult();

        var onboarding = Types.InAssembly(typeof(MetaHub.Onboarding.OnboardingServiceCollectionExtensions).Assembly)
            .ShouldNot().HaveDependencyOn("MetaHub.Operators")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue($"MetaHub.Operators depends on {string.Join(", ", result.FailingTypeNames ?? [])}");
        onboarding.IsSuccessful.ShouldBeTrue();
    }
}
