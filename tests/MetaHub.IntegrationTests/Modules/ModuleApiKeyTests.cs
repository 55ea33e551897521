using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MetaHub.Access.Domain;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using Microsoft.EntityFrameworkCore;

namespace MetaHub.IntegrationTests.Modules;

/// <summary>Per-module API keys (SPEC §4.9): the operator's API, and a key as an integration uses it.</summary>
public sealed class ModuleApiKeyTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private readonly PlatformOperators operators = new(factory);
    private string? operatorToken;
    private string? operatorEmail;

    [Fact]
    public async Task Create_AccessKey_ReadsItsTenantsCompanies_RecordsLastUse_AndStoresOnlyTheHash()
    {
        var org = await Organisation.CreateAsync(factory);

        var (created, key) = await CreateAsync(org.Tenant.Id, "access", new { name = "ERP bağlantısı", scopes = new[] { "read" } });
        using var companies = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key);

        key.ShouldStartWith("mh_");
        created.GetProperty("details").GetProperty("prefix").GetString().ShouldBe(key[..15]);
        companies.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await companies.JsonAsync()).EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(["Alt Şirket", "Ana Şirket", "Diğer Şirket"], ignoreOrder: true);
        await using var catalog = await factory.CatalogAsync();
        var stored = await catalog.ModuleApiKeys.SingleAsync(k => k.TenantId == org.Tenant.Id);
        stored.SecretHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
        stored.Prefix.ShouldBe(key[3..15]);
        stored.LastUsedAt.ShouldNotBeNull();
        (DateTime.UtcNow - stored.LastUsedAt.Value).TotalMinutes.ShouldBeLessThan(5);
        var secret = key[15..];
        factory.Logs.ShouldNotContain(line => line.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_ShowsPrefixScopesAndUse_NeverTheSecretOrHash()
    {
        var tenant = await factory.CreateTenantAsync();
        var expires = DateTime.UtcNow.AddDays(30);
        var (_, key) = await CreateAsync(tenant.Id, "customers", new { name = "Pazarlama", scopes = new[] { "write", "read" }, expiresAt = expires });

        using var list = await operators.SendAsync(HttpMethod.Get, KeysPath(tenant.Id, "customers"), accessToken: await OperatorTokenAsync());

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await list.Content.ReadAsStringAsync();
        text.ShouldNotContain(key[15..]);
        text.ShouldNotContain("secretHash", Case.Insensitive);
        var item = JsonDocument.Parse(text).RootElement.EnumerateArray().Single();
        item.GetProperty("name").GetString().ShouldBe("Pazarlama");
        item.GetProperty("prefix").GetString().ShouldBe(key[..15]);
        item.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["read", "write"]);
        item.GetProperty("expiresAt").GetDateTime().ShouldBe(expires, TimeSpan.FromSeconds(1));
        item.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        item.GetProperty("lastUsedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        item.GetProperty("createdBy").GetString().ShouldBe(operatorEmail);
    }

    [Fact]
    public async Task Key_OfAnotherModule_RefusedWith403_AndTheTenantAuditRecordsAccessDenied()
    {
        var org = await Organisation.CreateAsync(factory);
        var (_, key) = await CreateAsync(org.Tenant.Id, "customers", new { name = "CRM", scopes = new[] { "read", "write" } });

        using var companies = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key);
        using var me = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/auth/me", key);

        companies.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await companies.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Bu API anahtarı yalnızca \"customers\" modülünün uç noktalarına erişebilir.");
        me.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = await factory.OpenAsync(org.Tenant);
        var denied = await db.Set<AuditEntry>().Where(e => e.Action == "ACCESS_DENIED").ToListAsync();
        denied.Count.ShouldBe(2);
        denied.ShouldAllBe(e => e.Module == "customers" && e.UserId == null);
        denied[0].UserName.ShouldBe($"CRM ({key[..15]})");
        denied[0].NewValues.ShouldNotBeNull().ShouldContain(key[..15]);
        denied[0].NewValues!.ShouldNotContain(key[15..]);
    }

    [Fact]
    public async Task Key_OnAnotherTenant_Refused401()
    {
        var first = await Organisation.CreateAsync(factory);
        var second = await Organisation.CreateAsync(factory);
        var (_, key) = await CreateAsync(first.Tenant.Id, "access", new { name = "ERP", scopes = new[] { "read" } });

        using var foreign = await CallAsync(second.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key);
        using var forged = await CallAsync(first.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key[..15] + new string('A', key.Length - 15));

        foreign.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await foreign.JsonAsync()).GetProperty("title").GetString().ShouldBe("API anahtarı geçersiz");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoke_KeyRefusedAtOnce_AndRevokingAgainRecordsNothing()
    {
        var org = await Organisation.CreateAsync(factory);
        var (created, key) = await CreateAsync(org.Tenant.Id, "access", new { name = "Eski entegrasyon", scopes = new[] { "read" } });
        var path = $"{KeysPath(org.Tenant.Id, "access")}/{created.GetProperty("details").GetProperty("id").GetGuid()}";
        using (var before = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var revoke = await operators.SendAsync(HttpMethod.Delete, path, accessToken: await OperatorTokenAsync());
        using var after = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key);
        using var again = await operators.SendAsync(HttpMethod.Delete, path, accessToken: await OperatorTokenAsync());
        using var unknown = await operators.SendAsync(HttpMethod.Delete, $"{KeysPath(org.Tenant.Id, "access")}/{Guid.NewGuid()}", accessToken: await OperatorTokenAsync());

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleChanges.CountAsync(c => c.TenantId == org.Tenant.Id && c.Action == "apiKey.revoke")).ShouldBe(1);
        (await catalog.ModuleChanges.SingleAsync(c => c.TenantId == org.Tenant.Id && c.Action == "apiKey.create")).NewValue.ShouldBe($"Eski entegrasyon ({key[..15]}; read)");
        var audit = await operators.AuditAsync(operatorEmail!);
        audit.Count(e => e.Action == "MODULE_API_KEY_REVOKED" && e.TenantId == org.Tenant.Id).ShouldBe(1);
        audit.Count(e => e.Action == "MODULE_API_KEY_CREATED" && e.TenantId == org.Tenant.Id).ShouldBe(1);
        var secret = key[15..];
        audit.ShouldAllBe(e => e.Details == null || !e.Details.Contains(secret));
    }

    [Fact]
    public async Task Key_Expired_Refused401()
    {
        var org = await Organisation.CreateAsync(factory);
        var (created, key) = await CreateAsync(org.Tenant.Id, "access", new { name = "Geçici", scopes = new[] { "read" }, expiresAt = DateTime.UtcNow.AddHours(1) });
        await using (var catalog = await factory.CatalogAsync())
        {
            var id = created.GetProperty("details").GetProperty("id").GetGuid();
            (await catalog.ModuleApiKeys.SingleAsync(k => k.Id == id)).ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await catalog.SaveChangesAsync();
        }

        using var response = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/companies", key);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WriteEndpoint_ReadKeyRefused_WriteKeyAllowed_AndCreatingACompanyNeedsAUser()
    {
        var org = await Organisation.CreateAsync(factory);
        var (_, reader) = await CreateAsync(org.Tenant.Id, "access", new { name = "Okuyucu", scopes = new[] { "read" } });
        var (_, writer) = await CreateAsync(org.Tenant.Id, "access", new { name = "Yazıcı", scopes = new[] { "write" } });
        var logo = $"/api/v1/companies/{org.Main.Id}/logo";

        using var byReader = await CallAsync(org.Tenant.Slug, HttpMethod.Delete, logo, reader);
        using var byWriter = await CallAsync(org.Tenant.Slug, HttpMethod.Delete, logo, writer);
        using var members = await CallAsync(org.Tenant.Slug, HttpMethod.Get, "/api/v1/users", reader);
        using var company = await CallAsync(org.Tenant.Slug, HttpMethod.Post, "/api/v1/companies", writer, new { name = "Yeni Şirket", slug = "yeni" });

        byReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await byReader.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("settings.edit");
        byWriter.StatusCode.ShouldBe(HttpStatusCode.OK);
        members.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        company.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await company.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("oturum açmış bir kullanıcı");
        await using var db = await factory.OpenAsync(org.Tenant);
        (await db.Set<AuditEntry>().CountAsync(e => e.Action == "ACCESS_DENIED" && e.Module == "settings")).ShouldBe(1);
        (await db.Set<AuditEntry>().SingleAsync(e => e.Action == "COMPANY_UPDATE" && e.RecordId == org.Main.Id.ToString()))
            .UserName.ShouldBe($"Yazıcı ({writer[..15]})");
    }

    [Fact]
    public async Task Create_BadInput_AnswersFieldMessages_UnknownTenantOrModule404()
    {
        var tenant = await factory.CreateTenantAsync();
        var token = await OperatorTokenAsync();

        using var bad = await operators.SendAsync(HttpMethod.Post, KeysPath(tenant.Id, "access"),
            new { name = " ", scopes = new[] { "admin" }, expiresAt = DateTime.UtcNow.AddDays(-1) }, token);
        using var noModule = await operators.SendAsync(HttpMethod.Post, KeysPath(tenant.Id, "nope"), new { name = "x", scopes = new[] { "read" } }, token);
        using var noTenant = await operators.SendAsync(HttpMethod.Get, KeysPath(Guid.NewGuid(), "access"), accessToken: token);

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Anahtara en fazla 100 karakterlik bir ad verin.");
        errors.GetProperty("scopes")[0].GetString().ShouldBe("En az bir kapsam seçin; kapsamlar şunlar olabilir: read, write.");
        errors.GetProperty("expiresAt")[0].GetString().ShouldBe("Son kullanma tarihi gelecekte olmalı.");
        noModule.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleApiKeys.CountAsync(k => k.TenantId == tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ApiKeys_TenantOwnersTokenOrNoToken_Refused()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main], owner: true);
        var token = await org.TokenForAsync(owner, org.Main);

        using var create = await org.SendAsync(HttpMethod.Post, KeysPath(org.Tenant.Id, "access"), new { name = "Sahip", scopes = new[] { "write" } }, token);
        using var list = await org.SendAsync(HttpMethod.Get, KeysPath(org.Tenant.Id, "access"), accessToken: token);
        using var anonymous = await operators.SendAsync(HttpMethod.Get, KeysPath(org.Tenant.Id, "access"));

        create.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        list.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var catalog = await factory.CatalogAsync();
        (await catalog.ModuleApiKeys.CountAsync(k => k.TenantId == org.Tenant.Id)).ShouldBe(0);
    }

    private static string KeysPath(Guid tenantId, string module) => $"/api/platform/modules/{module}/tenants/{tenantId}/api-keys";

    private async Task<(JsonElement Created, string Key)> CreateAsync(Guid tenantId, string module, object request)
    {
        using var response = await operators.SendAsync(HttpMethod.Post, KeysPath(tenantId, module), request, await OperatorTokenAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        return (created, created.GetProperty("key").GetString()!);
    }

    private async Task<HttpResponseMessage> CallAsync(string tenant, HttpMethod method, string path, string key, object? body = null)
    {
        using var request = HttpExtensions.Request(method, path, body, tenant: tenant);
        request.Headers.Add(ModuleApiKeyFormat.Header, key);
        return await factory.CreateClient().SendAsync(request);
    }

    private async Task<string> OperatorTokenAsync()
    {
        if (operatorToken is null)
        {
            var account = await operators.AddAsync(enrolled: true);
            operatorEmail = account.Email;
            operatorToken = (await operators.SignInAsync(account)).GetProperty("accessToken").GetString()!;
        }

        return operatorToken;
    }
}
