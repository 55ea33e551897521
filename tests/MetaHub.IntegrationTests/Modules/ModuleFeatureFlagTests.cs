using System.Net;
using System.Text.Json;
using MetaHub.Access.Authorization;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Modules;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Modules;

/// <summary>Per-module feature flags (SPEC §4 op 10): switched by operators, evaluated in the API, pages and jobs.</summary>
public sealed class ModuleFeatureFlagTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);
    private string? operatorEmail;

    [Fact]
    public async Task AuditExport_FlagSwitchedOff_RefusedOnTheNextRequest_AndBackOnRestored()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var tenantToken = await org.TokenForAsync(owner, org.Main);
        var token = await OperatorTokenAsync();
        using var before = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/export", accessToken: tenantToken);

        using var off = await operators.SendAsync(HttpMethod.Put, FlagPath(org.Tenant.Id), new { enabled = false }, token);
        using var refused = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/export", accessToken: tenantToken);
        using var list = await org.SendAsync(HttpMethod.Get, "/api/v1/audit", accessToken: tenantToken);
        using var reset = await operators.SendAsync(HttpMethod.Delete, FlagPath(org.Tenant.Id), accessToken: token);
        using var after = await org.SendAsync(HttpMethod.Get, "/api/v1/audit/export", accessToken: tenantToken);

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        before.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        off.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Bu özellik çalışma alanınız için kapatılmış. Açılması için platform yöneticinize başvurun.");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IsEnabled_ByTenantIdOutsideAnyRequest_FollowsEachSave()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var flags = scope.ServiceProvider.GetRequiredService<IFeatureFlags>();
        var initially = await flags.IsEnabledAsync(tenant.Id, AccessFeatureFlags.AuditExport, CancellationToken.None);

        using (await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = false }, token))
        {
        }

        var switchedOff = await flags.IsEnabledAsync(tenant.Id, AccessFeatureFlags.AuditExport, CancellationToken.None);
        using (await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = true }, token))
        {
        }

        var switchedOn = await flags.IsEnabledAsync(tenant.Id, AccessFeatureFlags.AuditExport, CancellationToken.None);
        var unknownTenant = await flags.IsEnabledAsync(Guid.NewGuid(), AccessFeatureFlags.AuditExport, CancellationToken.None);

        initially.ShouldBeTrue();
        switchedOff.ShouldBeFalse();
        switchedOn.ShouldBeTrue();
        unknownTenant.ShouldBe(AccessFeatureFlags.AuditExport.DefaultEnabled);
    }

    [Fact]
    public async Task ListFlags_ShowsDefaultTenantSwitchAndEffectiveValue()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        var initial = await FlagsAsync(tenant.Id, token);
        using (await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = false }, token))
        {
        }

        var switched = await FlagsAsync(tenant.Id, token);
        using var none = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/leads/tenants/{tenant.Id}/flags", accessToken: token);

        initial.GetProperty("key").GetString().ShouldBe("audit-export");
        initial.GetProperty("defaultEnabled").GetBoolean().ShouldBeTrue();
        initial.GetProperty("tenantValue").ValueKind.ShouldBe(JsonValueKind.Null);
        initial.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        switched.GetProperty("tenantValue").GetBoolean().ShouldBeFalse();
        switched.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        switched.GetProperty("updatedBy").GetString().ShouldBe(operatorEmail);
        (await none.JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task SetFlag_RecordsHistoryAndAudit_AndTheSameValueAgainRecordsNothing()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        using var first = await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = false }, token);
        var afterFirst = await RecordsAsync(tenant.Id);
        using var again = await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = false }, token);
        var afterAgain = await RecordsAsync(tenant.Id);
        using var reset = await operators.SendAsync(HttpMethod.Delete, FlagPath(tenant.Id), accessToken: token);
        using var resetAgain = await operators.SendAsync(HttpMethod.Delete, FlagPath(tenant.Id), accessToken: token);
        var afterResets = await RecordsAsync(tenant.Id);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        resetAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterFirst.Changes.ShouldBe(1);
        afterFirst.Audits.ShouldBe(1);
        afterAgain.ShouldBe(afterFirst);
        afterResets.ShouldBe((2, 2));
        await using var catalog = await factory.CatalogAsync();
        var history = await catalog.ModuleChanges.Where(c => c.TenantId == tenant.Id && c.Module == "access").OrderBy(c => c.Id).ToListAsync();
        history[0].Field.ShouldBe("flag.audit-export");
        history[0].OldValue.ShouldBeNull();
        history[0].NewValue.ShouldBe("false");
        history[0].ChangedBy.ShouldBe(operatorEmail);
        history[1].OldValue.ShouldBe("false");
        history[1].NewValue.ShouldBeNull();
        (await catalog.ModuleFeatureFlags.CountAsync(f => f.TenantId == tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task SetFlag_SameFlagByManyOperatorsAtOnce_EveryoneSucceeds_OneRowOneChange()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { enabled = false }, token)));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.JsonAsync()).GetProperty("enabled").GetBoolean().ShouldBeFalse();
            response.Dispose();
        }

        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleFeatureFlags.CountAsync(f => f.TenantId == tenant.Id)).ShouldBe(1);
        (await RecordsAsync(tenant.Id)).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Flags_UnknownModuleFlagOrTenant_NotFound_AndMissingValueRefused()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        using var module = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/ghost/tenants/{tenant.Id}/flags", accessToken: token);
        using var flag = await operators.SendAsync(HttpMethod.Put, $"/api/platform/modules/access/tenants/{tenant.Id}/flags/ghost", new { enabled = true }, token);
        using var other = await operators.SendAsync(HttpMethod.Delete, $"/api/platform/modules/access/tenants/{Guid.NewGuid()}/flags/audit-export", accessToken: token);
        using var empty = await operators.SendAsync(HttpMethod.Put, FlagPath(tenant.Id), new { }, token);

        module.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        flag.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await flag.JsonAsync()).GetProperty("detail").GetString().ShouldBe("access modülünde \"ghost\" adında bir özellik anahtarı yok.");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task FlagEndpoints_TenantOwnerToken_Refused_AndChangeNothing()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var tenantToken = await org.TokenForAsync(owner, org.Main);

        using var list = await org.SendAsync(HttpMethod.Get, $"/api/platform/modules/access/tenants/{org.Tenant.Id}/flags", accessToken: tenantToken);
        using var put = await org.SendAsync(HttpMethod.Put, FlagPath(org.Tenant.Id), new { enabled = false }, tenantToken);

        list.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        put.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleFeatureFlags.CountAsync(f => f.TenantId == org.Tenant.Id)).ShouldBe(0);
    }

    private static string FlagPath(Guid tenantId) => $"/api/platform/modules/access/tenants/{tenantId}/flags/audit-export";

    private async Task<string> OperatorTokenAsync()
    {
        (operatorEmail, var token) = await operators.SignedInAsync();
        return token;
    }

    private async Task<JsonElement> FlagsAsync(Guid tenantId, string token)
    {
        using var response = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/access/tenants/{tenantId}/flags", accessToken: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).EnumerateArray().Single(f => f.GetProperty("key").GetString() == "audit-export");
    }

    private async Task<(int Changes, int Audits)> RecordsAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        return (
            await catalog.ModuleChanges.CountAsync(c => c.TenantId == tenantId && c.Action == "flag"),
            await catalog.PlatformAuditEntries.CountAsync(e => e.TenantId == tenantId && e.Action == "MODULE_FLAG_CHANGED"));
    }
}
