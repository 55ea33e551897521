using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Auditing;
using MetaHub.Operators.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Operators;

/// <summary>The platform's audit log as operator features write it: on behalf of the current operator, and never rewritten.</summary>
public sealed class PlatformAuditLogTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task RecordAsync_WritesTheEventWithTheCurrentOperatorAndTheTenantItTouched()
    {
        var account = await new PlatformOperators(factory).AddAsync();
        var tenant = await factory.CreateTenantAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOperator>().Set(account.Id, Guid.NewGuid(), account.Email);
            await scope.ServiceProvider.GetRequiredService<IPlatformAuditLog>().RecordAsync(
                new AuditEvent("MODULE_ASSIGNED", "customers", "ModuleSetting", "customers", new Dictionary<string, string?>(StringComparer.Ordinal) { ["enabled"] = "true" }),
                tenant.Id,
                CancellationToken.None);
        }

        await using var catalog = await factory.CatalogAsync();
        var entry = await catalog.PlatformAuditEntries.SingleAsync(e => e.OperatorId == account.Id);
        entry.OperatorEmail.ShouldBe(account.Email);
        entry.Action.ShouldBe("MODULE_ASSIGNED");
        entry.Module.ShouldBe("customers");
        entry.RecordType.ShouldBe("ModuleSetting");
        entry.TenantId.ShouldBe(tenant.Id);
        entry.Details.ShouldBe("""{"enabled":"true"}""");
    }

    [Fact]
    public async Task AuditEntry_ChangedOrRemoved_IsRefused()
    {
        var account = await new PlatformOperators(factory).AddAsync();
        using (await new PlatformOperators(factory).LoginAsync(account.Email, "Wrong.Password-1"))
        {
        }

        await using var catalog = await factory.CatalogAsync();
        var entry = await catalog.PlatformAuditEntries.SingleAsync(e => e.OperatorId == account.Id);
        entry.Action = "LOGIN";
        await Should.ThrowAsync<InvalidOperationException>(() => catalog.SaveChangesAsync());
        catalog.ChangeTracker.Clear();
        catalog.PlatformAuditEntries.Remove(entry);
        await Should.ThrowAsync<InvalidOperationException>(() => catalog.SaveChangesAsync());
    }
}
