using System.Net.Mail;
using MetaHub.Access.Authentication;
using MetaHub.Access.Domain;
using MetaHub.Access.Identity;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Mail;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Features.Invitations;

/// <summary>
/// Inviting people into the active company by email, and the invited person's side: seeing the
/// offer and accepting it — with a new account and password, or with the account they already have
/// in the tenant. Used by the API and the members page alike.
/// </summary>
internal sealed class InvitationService(
    ITenantDbContextFactory databases,
    TenantDbContext db,
    UserManager<User> users,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    IEmailSender mail,
    IStringLocalizer<AccessResources> localizer,
    IOptions<AuthOptions> authOptions,
    TimeProvider time)
{
    public const string AcceptPath = "/account/invitation";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<List<InvitationResponse>> ListAsync(CancellationToken cancellationToken)
    {
        var companyId = ActiveCompany();
        await using var context = databases.CreateTenantWideDbContext();
        var rows = await context.Set<Invitation>()
            .Where(i => i.CompanyId == companyId && i.AcceptedAt == null && i.RevokedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new { Invitation = i, RoleName = i.Role.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => ToResponse(r.Invitation, r.RoleName))];
    }

    /// <summary>Saves the invitation, then mails the link; a newer invitation to the same address replaces an older one.</summary>
    public async Task<InvitationResponse> InviteAsync(InviteRequest request, string siteUrl, CancellationToken cancellationToken)
    {
        var companyId = ActiveCompany();
        var email = (request.Email ?? "").Trim();
        var firstName = (request.FirstName ?? "").Trim();
        var lastName = (request.LastName ?? "").Trim();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out _))
        {
            errors["email"] = [localizer["identity.invalidEmail"]];
        }

        foreach (var (field, value) in new[] { ("firstName", firstName), ("lastName", lastName) })
        {
            if (value.Length is 0 or > User.NameMaxLength)
            {
                errors[field] = [localizer["invitations.nameRequired", User.NameMaxLength]];
            }
        }

        await using var context = databases.CreateTenantWideDbContext();
        var role = await context.Set<Role>().FirstOrDefaultAsync(r => r.Id == request.RoleId && r.CompanyId == companyId, cancellationToken);
        if (role is null)
        {
            errors["roleId"] = [localizer[request.RoleId == Guid.Empty ? "users.roleRequired" : "users.roleNotInCompany"]];
        }

        if (errors.Count == 0 && await IsMemberAsync(context, email, companyId, cancellationToken))
        {
            errors["email"] = [localizer["invitations.alreadyMember"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var earlier = await context.Set<Invitation>()
            .Where(i => i.CompanyId == companyId && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var replaced in earlier.Where(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            replaced.RevokedAt = Now;
        }

        var token = OpaqueTokens.New();
        var invitation = new Invitation
        {
            CompanyId = companyId,
            Email = email,
            FirstName = firstName,
            LastName = lastName,
            RoleId = role!.Id,
            InvitedByUserId = currentUser.UserId,
            TokenHash = OpaqueTokens.Hash(token),
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(authOptions.Value.InvitationDays),
        };
        context.Add(invitation);
        await context.SaveChangesAsync(cancellationToken);

        await SendAsync(context, invitation, token, siteUrl, cancellationToken);
        return ToResponse(invitation, role.Name);
    }

    /// <summary>A fresh link (the old one stops working) with a fresh expiry, mailed again.</summary>
    public async Task<InvitationResponse> ResendAsync(Guid id, string siteUrl, CancellationToken cancellationToken)
    {
        var companyId = ActiveCompany();
        await using var context = databases.CreateTenantWideDbContext();
        var invitation = await context.Set<Invitation>().Include(i => i.Role)
            .FirstOrDefaultAsync(i => i.Id == id && i.CompanyId == companyId && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException(localizer["invitations.notFound"]);

        var token = OpaqueTokens.New();
        invitation.TokenHash = OpaqueTokens.Hash(token);
        invitation.ExpiresAt = Now.AddDays(authOptions.Value.InvitationDays);
        await context.SaveChangesAsync(cancellationToken);

        await SendAsync(context, invitation, token, siteUrl, cancellationToken);
        return ToResponse(invitation, invitation.Role.Name);
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var companyId = ActiveCompany();
        await using var context = databases.CreateTenantWideDbContext();
        var invitation = await context.Set<Invitation>()
            .FirstOrDefaultAsync(i => i.Id == id && i.CompanyId == companyId && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException(localizer["invitations.notFound"]);
        invitation.RevokedAt = Now;
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The offer behind a link, or null when the link is unknown, used, revoked or expired.</summary>
    public async Task<InvitationPreview?> PreviewAsync(string? token, CancellationToken cancellationToken)
    {
        if (await FindPendingAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var company = await db.Set<Company>().Where(c => c.Id == invitation.CompanyId).Select(c => c.Name).FirstAsync(cancellationToken);
        var hasAccount = await users.FindByEmailAsync(invitation.Email) is not null;
        return new InvitationPreview(invitation.Email, invitation.FirstName, invitation.LastName, company, invitation.Role.Name, invitation.ExpiresAt, hasAccount);
    }

    /// <summary>
    /// Joins the invited person to the company. Someone new gets an account with the password they
    /// chose (the link proves the address, so it counts as confirmed); someone with an account keeps it.
    /// </summary>
    public async Task<AcceptInvitationResponse> AcceptAsync(AcceptInvitationRequest request, CancellationToken cancellationToken)
    {
        var invitation = await FindPendingAsync(request.Token, cancellationToken)
            ?? throw new NotFoundException(localizer["invitations.invalid"]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByEmailAsync(invitation.Email);
        var created = user is null;
        if (user is null)
        {
            user = new User
            {
                Email = invitation.Email,
                UserName = invitation.Email,
                EmailConfirmed = true,
                FirstName = Clean(request.FirstName) ?? invitation.FirstName,
                LastName = Clean(request.LastName) ?? invitation.LastName,
                CreatedAt = Now,
            };
            if (user.FirstName.Length > User.NameMaxLength || user.LastName.Length > User.NameMaxLength)
            {
                throw ValidationException.For(user.FirstName.Length > User.NameMaxLength ? "firstName" : "lastName", localizer["invitations.nameRequired", User.NameMaxLength]);
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                throw ValidationException.For("password", localizer["invitations.passwordRequired"]);
            }

            (await users.CreateAsync(user, request.Password)).ThrowIfFailed("password");
        }
        else if (!user.IsActive)
        {
            throw new ConflictException(localizer["invitations.accountInactive"]);
        }

        if (!await db.Set<Membership>().AnyAsync(m => m.UserId == user.Id && m.CompanyId == invitation.CompanyId, cancellationToken))
        {
            db.Add(new Membership
            {
                UserId = user.Id,
                CompanyId = invitation.CompanyId,
                RoleId = invitation.RoleId,
                IsDefault = !await db.Set<Membership>().AnyAsync(m => m.UserId == user.Id, cancellationToken),
                JoinedAt = Now,
            });
        }

        invitation.AcceptedAt = Now;
        invitation.AcceptedByUserId = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AcceptInvitationResponse(invitation.Email, created);
    }

    private Guid ActiveCompany() =>
        currentUser.CompanyId ?? throw new ConflictException(localizer["invitations.pickCompany"]);

    private async Task<Invitation?> FindPendingAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = OpaqueTokens.Hash(token.Trim());
        var invitation = await db.Set<Invitation>().Include(i => i.Role).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is not null && invitation.IsPending(Now) ? invitation : null;
    }

    private async Task<bool> IsMemberAsync(TenantDbContext context, string email, Guid companyId, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return await context.Set<User>()
            .Where(u => u.NormalizedEmail == normalized)
            .AnyAsync(u => context.Set<Membership>().Any(m => m.UserId == u.Id && m.CompanyId == companyId), cancellationToken);
    }

    private async Task SendAsync(TenantDbContext context, Invitation invitation, string token, string siteUrl, CancellationToken cancellationToken)
    {
        var company = await context.Set<Company>().Where(c => c.Id == invitation.CompanyId).Select(c => c.Name).FirstAsync(cancellationToken);
        var inviter = await context.Set<User>().Where(u => u.Id == invitation.InvitedByUserId)
            .Select(u => u.FirstName + " " + u.LastName).FirstOrDefaultAsync(cancellationToken);
        var link = AccountLinks.Absolute(authOptions.Value.PublicUrl, siteUrl, tenantContext.Tenant!.Slug, $"{AcceptPath}?token={Uri.EscapeDataString(token)}");
        var message = new ActionEmail(
            localizer["invitations.mail.subject", company],
            localizer["mail.greeting", invitation.FirstName],
            [localizer["invitations.mail.body", inviter ?? tenantContext.Tenant.Name, company, invitation.Role?.Name ?? ""],
             localizer["invitations.mail.expiry", invitation.ExpiresAt.ToString("g", System.Globalization.CultureInfo.CurrentCulture)]],
            localizer["invitations.mail.action"],
            link,
            localizer["invitations.mail.footer"]);
        await mail.SendAsync(message.To(invitation.Email), cancellationToken);
    }

    private InvitationResponse ToResponse(Invitation invitation, string roleName) => new(
        invitation.Id, invitation.Email, invitation.FirstName, invitation.LastName, invitation.RoleId, roleName,
        invitation.IsPending(Now) ? "Pending" : "Expired", invitation.CreatedAt, invitation.ExpiresAt);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
