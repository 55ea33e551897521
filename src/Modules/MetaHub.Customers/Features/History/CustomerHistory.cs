using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Paging;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.History;

/// <summary>
/// A customer's history: what happened with them, when and by whom, newest first. An entry is
/// signed with its author's name as it was then; only its author, or someone who may delete
/// customers, takes it out again.
/// </summary>
internal sealed class CustomerHistory(
    ITenantDbContextFactory databases, ICurrentUser user, IPeopleDirectory people, IStringLocalizer<CustomersResources> localizer, TimeProvider time)
{
    /// <summary>How far ahead an entry may be dated: a day covers the readers' time zones and a meeting noted the evening before.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public async Task<PagedResult<InteractionResponse>> ListAsync(
        Guid customerId, InteractionType? type, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var entries = db.Set<CustomerInteraction>().AsNoTracking().Where(i => i.CustomerId == customerId);
        if (type is { } only)
        {
            entries = entries.Where(i => i.Type == only);
        }

        var result = await entries.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .ToPageAsync(page, pageSize, cancellationToken);
        return new PagedResult<InteractionResponse>([.. result.Items.Select(InteractionResponse.From)], result.Total, result.Page, result.PageSize);
    }

    public async Task<InteractionResponse> AddAsync(Guid customerId, InteractionRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var subject = FieldErrors.Clean(request.Subject);
        var notes = FieldErrors.Clean(request.Notes);
        var errors = new FieldErrors(localizer);
        errors.Required("type", request.Type);
        if (request.Type is { } type && !Enum.IsDefined(type))
        {
            errors.Add("type", localizer["validation.type"]);
        }

        if (request.OccurredAt > now + FutureTolerance)
        {
            errors.Add("occurredAt", localizer["validation.occurredAtFuture"]);
        }

        errors.Required("subject", subject);
        errors.MaxLength("subject", subject, CustomerInteraction.SubjectMaxLength);
        errors.MaxLength("notes", notes, Customer.NotesMaxLength);
        errors.ThrowIfAny();

        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var entry = new CustomerInteraction
        {
            CustomerId = customerId,
            Type = request.Type!.Value,
            OccurredAt = (request.OccurredAt ?? now).UtcDateTime,
            Subject = subject!,
            Notes = notes,
            AuthorId = user.UserId,
            AuthorName = await AuthorNameAsync(db, cancellationToken),
            CreatedAt = now.UtcDateTime,
        };
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return InteractionResponse.From(entry);
    }

    public async Task DeleteAsync(Guid customerId, Guid interactionId, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        await CustomerBook.FindAsync(db, customerId, localizer, cancellationToken);
        var entry = await db.Set<CustomerInteraction>().FirstOrDefaultAsync(i => i.Id == interactionId && i.CustomerId == customerId, cancellationToken)
            ?? throw new NotFoundException(localizer["interactions.notFound"]);
        if (!CanDelete(entry.AuthorId))
        {
            throw new ForbiddenException(localizer["interactions.notAuthor"]);
        }

        db.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the current user may take out an entry written by <paramref name="authorId"/>.</summary>
    public bool CanDelete(Guid? authorId) =>
        (authorId is not null && authorId == user.UserId) || user.HasPermission(CustomerPermissions.Delete);

    /// <summary>The user's full name from the directory; for an API key, the name it signs its changes with.</summary>
    private async Task<string> AuthorNameAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var name = user.UserId is { } id && (await people.NamesAsync([id], cancellationToken)).TryGetValue(id, out var known) ? known : db.Actor.UserName;
        name = string.IsNullOrWhiteSpace(name) ? localizer["history.unknownAuthor"] : name.Trim();
        return name.Length > Customer.PersonMaxLength ? name[..Customer.PersonMaxLength] : name;
    }
}
