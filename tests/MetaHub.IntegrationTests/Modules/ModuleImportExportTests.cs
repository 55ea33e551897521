using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Modules;

/// <summary>Export and import of tenants' module metas and settings (SPEC §4 op 8), through the platform API.</summary>
public sealed class ModuleImportExportTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);
    private string? operatorEmail;

    [Fact]
    public async Task Import_TheTenantsOwnExport_EverythingUnchanged_AndNothingRecorded()
    {
        var (tenant, token) = await OnboardedTenantAsync();
        var exported = await ExportAsync(tenant.Id, token);
        var changes = await ChangeCountAsync(tenant.Id);

        var (status, report) = await ImportAsync(exported, token, dryRun: false);

        status.ShouldBe(HttpStatusCode.OK);
        var tenants = exported["tenants"]!.AsArray();
        tenants.Count.ShouldBe(1);
        tenants[0]!["slug"]!.GetValue<string>().ShouldBe(tenant.Slug);
        tenants[0]!["metas"]!.AsArray().Count.ShouldBe(15);
        tenants[0]!["settings"]!.AsArray().Count.ShouldBe(15);
        tenants[0]!["settings"]![0]!.AsObject().Select(p => p.Key).ShouldNotContain("label");
        report.GetProperty("applied").GetBoolean().ShouldBeTrue();
        report.GetProperty("unchanged").GetInt32().ShouldBe(30);
        report.GetProperty("created").GetInt32().ShouldBe(0);
        report.GetProperty("updated").GetInt32().ShouldBe(0);
        report.GetProperty("errors").GetInt32().ShouldBe(0);
        (await ChangeCountAsync(tenant.Id)).ShouldBe(changes);
    }

    [Fact]
    public async Task Import_SettingCarryingLabel_RejectedNamingFieldModuleAndTenant_AndChangesNothing()
    {
        var (tenant, token) = await OnboardedTenantAsync();
        var document = Document(tenant.Slug,
            metas: [new JsonObject { ["name"] = "customers", ["icon"] = "star" }],
            settings: [new JsonObject { ["module"] = "customers", ["order"] = 2, ["label"] = new JsonObject { ["tr"] = "Cariler", ["en"] = "Accounts" } }]);
        var changes = await ChangeCountAsync(tenant.Id);

        var (status, report) = await ImportAsync(document, token, dryRun: false);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("applied").GetBoolean().ShouldBeFalse();
        var refused = report.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "setting");
        refused.GetProperty("status").GetString().ShouldBe("Error");
        refused.GetProperty("errors")[0].GetString().ShouldBe(
            $"Bir ayar \"label\" alanını taşıyamaz (modül customers, çalışma alanı {tenant.Slug}); bu alan yalnızca modülün metasında bulunur.");
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleMetas.SingleAsync(m => m.TenantId == tenant.Id && m.Name == "customers")).Icon.ShouldNotBe("star");
        (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).Order.ShouldBeNull();
        (await ChangeCountAsync(tenant.Id)).ShouldBe(changes);
    }

    [Fact]
    public async Task Import_DryRun_ReportsWhatWouldChange_ButChangesNothing()
    {
        var (tenant, token) = await OnboardedTenantAsync();
        var document = Document(tenant.Slug, settings: [new JsonObject { ["module"] = "customers", ["order"] = 7, ["useAnalytics"] = false }]);
        var changes = await ChangeCountAsync(tenant.Id);

        var (status, report) = await ImportAsync(document, token, dryRun: true);

        status.ShouldBe(HttpStatusCode.OK);
        report.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        report.GetProperty("applied").GetBoolean().ShouldBeFalse();
        var item = report.GetProperty("items")[0];
        item.GetProperty("status").GetString().ShouldBe("Update");
        item.GetProperty("changes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["useAnalytics", "order"]);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).Order.ShouldBeNull();
        (await ChangeCountAsync(tenant.Id)).ShouldBe(changes);
    }

    [Fact]
    public async Task Import_ValidDocument_UpdatesTheSetting_WritesHistoryAndAudit_TheTenantSeesIt()
    {
        var (tenant, token) = await OnboardedTenantAsync();
        (await TenantModuleCodesAsync(tenant.Slug)).ShouldNotContain("leads");
        var document = Document(tenant.Slug,
            metas: [new JsonObject { ["name"] = "seo", ["label"] = new JsonObject { ["tr"] = "Arama", ["en"] = "Search" } }],
            settings:
            [
                new JsonObject { ["module"] = "customers", ["order"] = 7, ["seoTitle"] = new JsonObject { ["tr"] = "Müşteri listesi", ["en"] = "Customer list" } },
                new JsonObject { ["module"] = "leads", ["enabled"] = true },
            ]);

        var (status, report) = await ImportAsync(document, token, dryRun: false);

        status.ShouldBe(HttpStatusCode.OK);
        report.GetProperty("applied").GetBoolean().ShouldBeTrue();
        report.GetProperty("updated").GetInt32().ShouldBe(3);
        await using var catalog = await factory.CatalogAsync();
        var setting = await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers");
        setting.Order.ShouldBe(7);
        setting.SeoTitle.ShouldBe(new TranslatedText("Müşteri listesi", "Customer list"));
        (await catalog.ModuleMetas.SingleAsync(m => m.TenantId == tenant.Id && m.Name == "seo")).Label.En.ShouldBe("Search");
        var history = await catalog.ModuleChanges.Where(c => c.TenantId == tenant.Id && c.Action == "import").ToListAsync();
        history.Select(c => c.Field).Order(StringComparer.Ordinal).ShouldBe(["meta.label", "setting.enabled", "setting.order", "setting.seoTitle"]);
        var order = history.Single(c => c.Field == "setting.order");
        order.OldValue.ShouldBeNull();
        order.NewValue.ShouldBe("7");
        order.ChangedBy.ShouldBe(operatorEmail);
        (await operators.AuditAsync(operatorEmail!)).ShouldContain(e => e.Action == "MODULES_IMPORTED" && e.TenantId == tenant.Id);
        (await TenantModuleCodesAsync(tenant.Slug)).ShouldContain("leads");
    }

    [Fact]
    public async Task Import_UnknownTenantModuleAndBadValues_ReportedPerItem_AndNothingApplied()
    {
        var (tenant, token) = await OnboardedTenantAsync();
        var document = new JsonObject
        {
            ["version"] = 1,
            ["tenants"] = new JsonArray
            {
                new JsonObject { ["slug"] = "no-such-tenant-x", ["metas"] = new JsonArray() },
                new JsonObject
                {
                    ["slug"] = tenant.Slug,
                    ["metas"] = new JsonArray { new JsonObject { ["name"] = "ghost" }, new JsonObject { ["name"] = "leads", ["order"] = "first" } },
                    ["settings"] = new JsonArray
                    {
                        new JsonObject { ["module"] = "customers", ["order"] = 3 },
                        new JsonObject { ["module"] = "customers", ["order"] = 4 },
                    },
                },
            },
        };

        var (status, report) = await ImportAsync(document, token, dryRun: false);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var items = report.GetProperty("items").EnumerateArray().ToList();
        Errors(items, "tenant", null).ShouldBe(["\"no-such-tenant-x\" adında bir çalışma alanı yok."]);
        Errors(items, "meta", "ghost").ShouldBe(["\"ghost\" adında bir modül yok."]);
        Errors(items, "meta", "leads").ShouldBe(["\"metas[1].order\" bir tam sayı olmalıdır."]);
        items.Count(i => i.GetProperty("kind").GetString() == "setting" && i.GetProperty("status").GetString() == "Update").ShouldBe(1);
        items.Count(i => i.GetProperty("kind").GetString() == "setting" && i.GetProperty("status").GetString() == "Error").ShouldBe(1);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleSettings.SingleAsync(s => s.TenantId == tenant.Id && s.Module == "customers")).Order.ShouldBeNull();
    }

    [Fact]
    public async Task Import_NotJsonOrWrongVersion_ReportedAsTheDocument()
    {
        var token = await OperatorTokenAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/platform/modules/import?dryRun=true") { Content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);
        using var broken = await factory.CreateClient().SendAsync(request);
        var (status, wrongVersion) = await ImportAsync(new JsonObject { ["version"] = 2, ["tenants"] = new JsonArray() }, token, dryRun: false);

        broken.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = (await broken.JsonAsync()).GetProperty("items")[0];
        item.GetProperty("kind").GetString().ShouldBe("document");
        item.GetProperty("errors")[0].GetString()!.ShouldStartWith("Belge okunamadı");
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrongVersion.GetProperty("items")[0].GetProperty("errors")[0].GetString().ShouldBe("Belge bir nesne olmalı ve \"version\": 1 içermelidir.");
    }

    [Fact]
    public async Task ExportAndImport_TenantOwnerToken_Refused()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var tenantToken = await org.TokenForAsync(owner, org.Main);

        using var export = await org.SendAsync(HttpMethod.Get, $"/api/platform/modules/export?tenantId={org.Tenant.Id}", accessToken: tenantToken);
        using var import = await org.SendAsync(HttpMethod.Post, "/api/platform/modules/import", Document(org.Tenant.Slug), tenantToken);

        export.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        import.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    private static IReadOnlyList<string?> Errors(List<JsonElement> items, string kind, string? module) =>
        [.. items.Single(i => i.GetProperty("kind").GetString() == kind
                && (module is null || i.GetProperty("module").GetString() == module))
            .GetProperty("errors").EnumerateArray().Select(e => e.GetString())];

    private static JsonObject Document(string slug, JsonObject[]? metas = null, JsonObject[]? settings = null) => new()
    {
        ["version"] = 1,
        ["exportedAt"] = DateTime.UtcNow,
        ["tenants"] = new JsonArray
        {
            new JsonObject { ["slug"] = slug, ["metas"] = new JsonArray([.. metas ?? []]), ["settings"] = new JsonArray([.. settings ?? []]) },
        },
    };

    private async Task<(Tenant Tenant, string Token)> OnboardedTenantAsync()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();
        using var onboard = await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/onboard/{tenant.Id}", accessToken: token);
        onboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (tenant, token);
    }

    private async Task<string> OperatorTokenAsync()
    {
        (operatorEmail, var token) = await operators.SignedInAsync();
        return token;
    }

    private async Task<JsonObject> ExportAsync(Guid tenantId, string token)
    {
        using var response = await operators.SendAsync(HttpMethod.Get, $"/api/platform/modules/export?tenantId={tenantId}", accessToken: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(JsonObject document, string token, bool dryRun)
    {
        using var response = await operators.SendAsync(HttpMethod.Post, $"/api/platform/modules/import?dryRun={(dryRun ? "true" : "false")}", document, token);
        return (response.StatusCode, await response.JsonAsync());
    }

    private async Task<int> ChangeCountAsync(Guid tenantId)
    {
        await using var catalog = await factory.CatalogAsync();
        return await catalog.ModuleChanges.CountAsync(c => c.TenantId == tenantId);
    }

    private async Task<IReadOnlyList<string?>> TenantModuleCodesAsync(string slug)
    {
        using var response = await factory.CreateClient().SendAsync(HttpExtensions.Get("/api/v1/tenant/current", tenant: slug));
        return [.. (await response.JsonAsync()).GetProperty("enabledModules").EnumerateArray().Select(m => m.GetString())];
    }
}
