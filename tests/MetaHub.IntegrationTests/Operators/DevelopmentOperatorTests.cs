using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Operators;

/// <summary>
/// The development operator <c>platform@metahub.local</c> comes with the demo; it alone may skip the
/// second factor, and only while <c>MetaHub:Demo:RequireTwoFactor</c> is off.
/// </summary>
public sealed class DevelopmentOperatorTests
{
    private const string DemoPassword = "Demo.Metahub!2026";

    [Fact]
    public async Task DevelopmentOperator_DemoWithoutSecondFactor_SignsInAtOnce_AnotherOperatorStillMustEnrol()
    {
        await using var host = DemoHost(requireTwoFactor: false);
        var operators = new PlatformOperators(host);
        var other = await operators.AddAsync();

        using var development = await operators.LoginAsync(DemoOperatorSeeder.Email, DemoPassword);
        using var second = await operators.LoginAsync(other.Email);

        development.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await development.JsonAsync();
        tokens.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeFalse();
        using (var tenants = await operators.SendAsync(HttpMethod.Get, "/api/platform/tenants?search=demo", accessToken: tokens.GetProperty("accessToken").GetString()))
        {
            var demo = (await tenants.JsonAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            demo.GetProperty("name").GetString().ShouldBe("XYZ Holding");
            demo.GetProperty("package").GetString().ShouldBe("Enterprise");
        }

        var step = await second.JsonAsync();
        step.GetProperty("requiresEnrollment").GetBoolean().ShouldBeTrue();
        step.GetProperty("accessToken").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await operators.AuditAsync(DemoOperatorSeeder.Email)).ShouldContain(e => e.Action == "LOGIN" && e.Details!.Contains("\"None\""));
    }

    [Fact]
    public async Task DevelopmentOperator_DemoRequiresSecondFactor_MustEnrol_AndSeedingAgainChangesNothing()
    {
        await using var host = DemoHost(requireTwoFactor: true);
        var operators = new PlatformOperators(host);

        using var login = await operators.LoginAsync(DemoOperatorSeeder.Email, DemoPassword);

        var step = await login.JsonAsync();
        step.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        step.GetProperty("requiresEnrollment").GetBoolean().ShouldBeTrue();
        step.GetProperty("accessToken").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        await using (var catalog = await host.CatalogAsync())
        {
            var account = await catalog.PlatformOperators.SingleAsync(o => o.Email == DemoOperatorSeeder.Email);
            account.IsDevelopmentAccount.ShouldBeTrue();
            account.FirstName = "Renamed";
            await catalog.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<DemoOperatorSeeder>().SeedAsync(CancellationToken.None);

        await using var after = await host.CatalogAsync();
        (await after.PlatformOperators.SingleAsync(o => o.Email == DemoOperatorSeeder.Email)).FirstName.ShouldBe("Renamed");
    }

    private static MetaHubFactory DemoHost(bool requireTwoFactor) => MetaHubFactory.Create("Development", new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["MetaHub:Demo:Enabled"] = "true",
        ["MetaHub:Demo:RequireTwoFactor"] = requireTwoFactor ? "true" : "false",
    });
}
