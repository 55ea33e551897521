using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;

namespace MetaHub.IntegrationTests.Access;

/// <summary>The login history as the user and as the company's user manager see it.</summary>
public sealed class LoginHistoryTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    [Fact]
    public async Task OwnHistory_ShowsFailedAndSuccessfulAttemptsNewestFirst()
    {
        var org = await Organisation.CreateAsync(factory);
        var user = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        using (await org.SendAsync(HttpMethod.Post, "/api/auth/login", new { email = user.Email, password = "Wrong.Password-1" }))
        {
        }

        var token = (await org.SignInAsync(user)).GetProperty("accessToken").GetString();
        using var response = await org.SendAsync(HttpMethod.Get, "/api/auth/login-history", accessToken: token);

        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();
        items.ShouldBe(["Succeeded", "Failed"]);
    }

    [Fact]
    public async Task CompanyHistory_ShowsOnlyMembersOfTheActiveCompany()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var colleague = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var stranger = await org.AddUserAsync(SystemRoles.Employee, [org.Other]);
        await org.SignInAsync(colleague);
        await org.SignInAsync(stranger);
        var token = await org.TokenForAsync(admin, org.Main);

        using var response = await org.SendAsync(HttpMethod.Get, "/api/v1/login-history", accessToken: token);
        using var employeeView = await org.SendAsync(HttpMethod.Get, "/api/v1/login-history", accessToken: await org.TokenForAsync(colleague, org.Main));

        var users = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userId").GetGuid()).ToHashSet();
        users.ShouldBe(new HashSet<Guid> { admin.Id, colleague.Id }, ignoreOrder: true);
        employeeView.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
