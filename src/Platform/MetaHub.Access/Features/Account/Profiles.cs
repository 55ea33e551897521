using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Account;

/// <summary>The signed-in user's own name and phone number.</summary>
internal sealed class Profiles(ITenantDbContextFactory databases, IStringLocalizer<AccessResources> localizer)
{
    public const int PhoneMaxLength = 30;

    public async Task<ProfileResponse> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateTenantWideDbContext();
        return await db.Set<User>().Where(u => u.Id == userId)
            .Select(u => new ProfileResponse(u.Email ?? "", u.FirstName, u.LastName, u.PhoneNumber))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(localizer["sessions.notFound"]);
    }

    public async Task UpdateAsync(Guid userId, ProfileRequest request, CancellationToken cancellationToken)
    {
        var firstName = (request.FirstName ?? "").Trim();
        var lastName = (request.LastName ?? "").Trim();
        var phone = string.IsNullOrWhiteSpace(request.PhoneNumber) ? null : request.PhoneNumber.Trim();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, value) in new[] { ("firstName", firstName), ("lastName", lastName) })
        {
            if (value.Length is 0 or > User.NameMaxLength)
            {
                errors[field] = [localizer["invitations.nameRequired", User.NameMaxLength]];
            }
        }

        if (phone is not null && (phone.Length > PhoneMaxLength || !phone.All(c => char.IsDigit(c) || c is '+' or ' ' or '(' or ')' or '-')))
        {
            errors["phoneNumber"] = [localizer["profile.phoneInvalid"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await using var db = databases.CreateTenantWideDbContext();
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException(localizer["sessions.notFound"]);
        user.FirstName = firstName;
        user.LastName = lastName;
        user.PhoneNumber = phone;
        await db.SaveChangesAsync(cancellationToken);
    }
}
