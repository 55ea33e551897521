using System.Net;
using System.Net.Http.Headers;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;
using MetaHub.Tenancy.Catalog;

namespace MetaHub.IntegrationTests.Access;

/// <summary>/api/v1/companies/{id}/logo: upload, serve and remove a company's logo.</summary>
public sealed class CompanyLogoTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Logo_UploadedByOwner_IsServedWithValidatorUntilDeleted()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var token = await org.TokenForAsync(owner, org.Main);

        using var uploaded = await UploadAsync(org, org.Subsidiary.Id, Png, "logo.png", "image/png", token);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        var logoUrl = (await uploaded.JsonAsync()).GetProperty("logoUrl").GetString()!;
        logoUrl.ShouldStartWith($"/api/v1/companies/{org.Subsidiary.Id}/logo?v=");

        using var served = await org.SendAsync(HttpMethod.Get, logoUrl, accessToken: token);
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        var etag = served.Headers.ETag.ShouldNotBeNull();

        using var revalidate = org.Request(HttpMethod.Get, logoUrl, accessToken: token);
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await factory.CreateClient().SendAsync(revalidate);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var company = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Subsidiary.Id}", accessToken: token);
        (await company.JsonAsync()).GetProperty("logoUrl").GetString().ShouldBe(logoUrl);

        using var deleted = await org.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{org.Subsidiary.Id}/logo", accessToken: token);
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var gone = await org.SendAsync(HttpMethod.Get, logoUrl, accessToken: token);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logo_NotAnImageOrTooLarge_IsRefusedWithTurkishFieldError()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);
        var tooLarge = new byte[(1024 * 1024) + 1];
        Png.CopyTo(tooLarge, 0);

        using var script = await UploadAsync(org, org.Main.Id, "<script>alert(1)</script>"u8.ToArray(), "logo.png", "image/png", token);
        using var large = await UploadAsync(org, org.Main.Id, tooLarge, "logo.png", "image/png", token);
        using var missing = await org.SendAsync(HttpMethod.Put, $"/api/v1/companies/{org.Main.Id}/logo", accessToken: token);

        script.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await script.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("PNG, JPEG ya da WebP");
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await large.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("1024 KB");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var company = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Main.Id}", accessToken: token);
        (await company.JsonAsync()).GetProperty("logoUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Logo_EmployeeSeesOwnCompanyLogoOnly_AndCannotReplaceIt()
    {
        var org = await Organisation.CreateAsync(factory);
        var owner = await org.AddUserAsync(SystemRoles.Owner, [org.Main]);
        var ownerToken = await org.TokenForAsync(owner, org.Main);
        (await UploadAsync(org, org.Main.Id, Png, "a.png", "image/png", ownerToken)).Dispose();
        (await UploadAsync(org, org.Other.Id, Png, "b.png", "image/png", ownerToken)).Dispose();
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(employee, org.Main);

        using var own = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Main.Id}/logo", accessToken: token);
        using var notMember = await org.SendAsync(HttpMethod.Get, $"/api/v1/companies/{org.Other.Id}/logo", accessToken: token);
        using var replace = await UploadAsync(org, org.Main.Id, Png, "c.png", "image/png", token);
        using var remove = await org.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{org.Other.Id}/logo", accessToken: token);

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        notMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        replace.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        remove.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Logo_OfAnotherTenant_CanNeitherBeReadNorReplaced()
    {
        var a = await Organisation.CreateAsync(factory, TenantPlacement.Shared);
        var b = await Organisation.CreateAsync(factory, TenantPlacement.Shared);
        var ownerA = await a.AddUserAsync(SystemRoles.Owner, [a.Main]);
        (await UploadAsync(a, a.Main.Id, Png, "a.png", "image/png", await a.TokenForAsync(ownerA, a.Main))).Dispose();
        var ownerB = await b.AddUserAsync(SystemRoles.Owner, [b.Main]);
        var token = await b.TokenForAsync(ownerB, b.Main);

        using var read = await b.SendAsync(HttpMethod.Get, $"/api/v1/companies/{a.Main.Id}/logo", accessToken: token);
        using var replace = await UploadAsync(b, a.Main.Id, Png, "b.png", "image/png", token);
        using var remove = await b.SendAsync(HttpMethod.Delete, $"/api/v1/companies/{a.Main.Id}/logo", accessToken: token);

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        replace.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        remove.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tokenA = await a.TokenForAsync(ownerA, a.Main);
        using var stillThere = await a.SendAsync(HttpMethod.Get, $"/api/v1/companies/{a.Main.Id}/logo", accessToken: tokenA);
        stillThere.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Organisation org, Guid companyId, byte[] content, string fileName, string contentType, string token)
    {
        using var request = org.Request(HttpMethod.Put, $"/api/v1/companies/{companyId}/logo", accessToken: token);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content = new MultipartFormDataContent { { file, "file", fileName } };
        return await org.Factory.CreateClient().SendAsync(request);
    }
}
