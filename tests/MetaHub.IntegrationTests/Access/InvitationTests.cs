using System.Net;
using MetaHub.IntegrationTests.Infrastructure;
using MetaHub.Kernel.Security;

namespace MetaHub.IntegrationTests.Access;

/// <summary>Inviting by email through a real SMTP server, and accepting through the link.</summary>
public sealed class InvitationTests(MetaHubFactory factory) : IClassFixture<MetaHubFactory>
{
    private const string NewPassword = "Yeni.Parola-2026";

    [Fact]
    public async Task Invite_NewPerson_MailsALinkThatCreatesTheAccountAndMembership()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);
        var email = $"yeni.{Guid.NewGuid():N}@ajans.example";
        var employeeRole = await RoleIdAsync(org, token, "Employee");

        using var invite = await org.SendAsync(HttpMethod.Post, "/api/v1/invitations", new { email, firstName = "Ayşe", lastName = "Yılmaz", roleId = employeeRole }, token);
        invite.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await invite.Content.ReadAsStringAsync()).ShouldNotContain("token", Case.Insensitive);
        var mail = await MailServer.Instance.WaitForAsync(email, "MetaHub");
        mail.Text!.ShouldContain("Ana Şirket");
        var link = mail.Link("/account/invitation");
        var secret = Uri.UnescapeDataString(link.Query.TrimStart('?').Split('=', 2)[1]);

        using var preview = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/preview", new { token = secret });
        var offer = await preview.JsonAsync();
        offer.GetProperty("companyName").GetString().ShouldBe("Ana Şirket");
        offer.GetProperty("roleName").GetString().ShouldBe("Employee");
        offer.GetProperty("hasAccount").GetBoolean().ShouldBeFalse();

        using var accept = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/accept", new { token = secret, password = NewPassword });
        accept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await accept.JsonAsync()).GetProperty("accountCreated").GetBoolean().ShouldBeTrue();

        var signedIn = await org.SignInAsync(new TestUser(Guid.Empty, email, null) { Password = NewPassword });
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: signedIn.GetProperty("accessToken").GetString());
        var profile = await me.JsonAsync();
        profile.GetProperty("user").GetProperty("firstName").GetString().ShouldBe("Ayşe");
        profile.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Ana Şirket"]);

        using var again = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/accept", new { token = secret, password = NewPassword });
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accept_WeakPassword_GetsLocalisedPolicyErrorsAndKeepsTheInvitation()
    {
        var (org, secret, _) = await InviteAsync();

        using var weak = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/accept", new { token = secret, password = "kisa" });
        using var preview = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/preview", new { token = secret });

        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await weak.JsonAsync()).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()).ToList();
        errors.ShouldContain("Parola en az 10 karakter olmalı.");
        errors.ShouldContain("Parolada en az bir büyük harf olmalı.");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Accept_ExistingUserOfTheTenant_JoinsWithTheAccountTheyHave()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var colleague = await org.AddUserAsync(SystemRoles.Employee, [org.Other]);
        var token = await org.TokenForAsync(admin, org.Main);

        using var invite = await org.SendAsync(HttpMethod.Post, "/api/v1/invitations",
            new { email = colleague.Email.ToUpperInvariant(), firstName = "X", lastName = "Y", roleId = await RoleIdAsync(org, token, "Manager") }, token);
        var secret = SecretFrom(await MailServer.Instance.WaitForAsync(colleague.Email));
        using var preview = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/preview", new { token = secret });
        using var accept = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/accept", new { token = secret });
        var colleagueToken = await org.TokenForAsync(colleague, org.Main);
        using var me = await org.SendAsync(HttpMethod.Get, "/api/auth/me", accessToken: colleagueToken);

        (await preview.JsonAsync()).GetProperty("hasAccount").GetBoolean().ShouldBeTrue();
        (await accept.JsonAsync()).GetProperty("accountCreated").GetBoolean().ShouldBeFalse();
        (await me.JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("customers.create");
    }

    [Fact]
    public async Task Invite_ExistingMemberOrBadInput_GetsFieldErrors()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var member = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);
        var role = await RoleIdAsync(org, token, "Employee");

        using var duplicate = await org.SendAsync(HttpMethod.Post, "/api/v1/invitations", new { email = member.Email, firstName = "A", lastName = "B", roleId = role }, token);
        using var bad = await org.SendAsync(HttpMethod.Post, "/api/v1/invitations", new { email = "not-an-email", firstName = "", lastName = "B", roleId = Guid.NewGuid() }, token);

        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.JsonAsync()).GetProperty("errors").GetProperty("email")[0].GetString().ShouldBe("Bu kişi zaten bu şirketin üyesi.");
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["email", "firstName", "roleId"], ignoreOrder: true);
    }

    [Fact]
    public async Task ResendAndRevoke_OldLinksStopWorking()
    {
        var (org, first, adminToken) = await InviteAsync();
        using var list = await org.SendAsync(HttpMethod.Get, "/api/v1/invitations", accessToken: adminToken);
        var invitation = (await list.JsonAsync()).EnumerateArray().Single();
        var id = invitation.GetProperty("id").GetGuid();
        var email = invitation.GetProperty("email").GetString()!;

        using var resend = await org.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{id}/resend", accessToken: adminToken);
        resend.StatusCode.ShouldBe(HttpStatusCode.OK);
        await WaitForMailCountAsync(email, 2);
        using var oldLink = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/preview", new { token = first });

        using var revoke = await org.SendAsync(HttpMethod.Delete, $"/api/v1/invitations/{id}", accessToken: adminToken);
        var second = SecretFrom(await MailServer.Instance.WaitForAsync(email));
        using var revokedLink = await org.SendAsync(HttpMethod.Post, "/api/auth/invitations/accept", new { token = second, password = NewPassword });
        using var after = await org.SendAsync(HttpMethod.Get, "/api/v1/invitations", accessToken: adminToken);

        oldLink.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        revokedLink.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await after.JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Invitations_AreSeparatedByCompanyAndTenant_AndNeedUsersManage()
    {
        var (org, secret, adminToken) = await InviteAsync();
        var otherAdmin = await org.AddUserAsync(SystemRoles.Admin, [org.Other]);
        var employee = await org.AddUserAsync(SystemRoles.Employee, [org.Main]);
        var otherToken = await org.TokenForAsync(otherAdmin, org.Other);
        using var mine = await org.SendAsync(HttpMethod.Get, "/api/v1/invitations", accessToken: adminToken);
        var id = (await mine.JsonAsync()).EnumerateArray().Single().GetProperty("id").GetGuid();
        var elsewhere = await Organisation.CreateAsync(factory);

        using var otherList = await org.SendAsync(HttpMethod.Get, "/api/v1/invitations", accessToken: otherToken);
        using var otherRevoke = await org.SendAsync(HttpMethod.Delete, $"/api/v1/invitations/{id}", accessToken: otherToken);
        using var employeeList = await org.SendAsync(HttpMethod.Get, "/api/v1/invitations", accessToken: await org.TokenForAsync(employee, org.Main));
        using var otherTenant = await elsewhere.SendAsync(HttpMethod.Post, "/api/auth/invitations/preview", new { token = secret });

        (await otherList.JsonAsync()).GetArrayLength().ShouldBe(0);
        otherRevoke.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        employeeList.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Organisation Org, string Secret, string AdminToken)> InviteAsync()
    {
        var org = await Organisation.CreateAsync(factory);
        var admin = await org.AddUserAsync(SystemRoles.Admin, [org.Main]);
        var token = await org.TokenForAsync(admin, org.Main);
        var email = $"davet.{Guid.NewGuid():N}@ajans.example";
        using var invite = await org.SendAsync(HttpMethod.Post, "/api/v1/invitations",
            new { email, firstName = "Can", lastName = "Demir", roleId = await RoleIdAsync(org, token, "Intern") }, token);
        invite.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (org, SecretFrom(await MailServer.Instance.WaitForAsync(email)), token);
    }

    private static string SecretFrom(MailServer.ReceivedMail mail) =>
        Uri.UnescapeDataString(mail.Link("/account/invitation").Query.TrimStart('?').Split('=', 2)[1]);

    private static async Task WaitForMailCountAsync(string email, int count)
    {
        for (var i = 0; i < 100 && await MailServer.Instance.CountAsync(email) < count; i++)
        {
            await Task.Delay(100);
        }

        (await MailServer.Instance.CountAsync(email)).ShouldBe(count);
    }

    private static async Task<Guid> RoleIdAsync(Organisation org, string token, string systemRole)
    {
        using var roles = await org.SendAsync(HttpMethod.Get, "/api/v1/roles", accessToken: token);
        return (await roles.JsonAsync()).EnumerateArray().Single(r => r.GetProperty("systemRole").GetString() == systemRole).GetProperty("id").GetGuid();
    }
}
