using MetaHub.Kernel.Data;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Features.Pipeline;
using MetaHub.Leads.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Editing;

/// <summary>Creates, changes and deletes leads; a status changed by an edit is recorded like any other move.</summary>
internal sealed class LeadEditor(
    ITenantDbContextFactory databases, LeadRules rules, Authorship authors, IStringLocalizer<LeadsResources> localizer, TimeProvider time)
{
    public async Task<Guid> CreateAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(localizer);
        var values = await rules.CheckAsync(request, null, errors, cancellationToken);
        var lostReason = StatusMove.Reason(values.Status, request.LostReason, errors, localizer);
        errors.ThrowIfAny();

        var now = time.GetUtcNow().UtcDateTime;
        var lead = new Lead { CompanyName = values.CompanyName, Status = values.Status, LostReason = lostReason, CreatedAt = now, UpdatedAt = now };
        values.CopyTo(lead);
        await using var db = databases.CreateDbContext();
        db.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.Id;
    }

    public async Task UpdateAsync(Guid id, LeadRequest request, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var lead = await LeadLookup.FindAsync(db, id, localizer, cancellationToken);
        var errors = new FieldErrors(localizer);
        var values = await rules.CheckAsync(request, lead, errors, cancellationToken);
        var lostReason = StatusMove.Check(lead, values.Status, request.LostReason, errors, localizer);
        errors.ThrowIfAny();

        var now = time.GetUtcNow().UtcDateTime;
        values.CopyTo(lead);
        db.ChangeTracker.DetectChanges();
        if (db.Entry(lead).State == EntityState.Modified)
        {
            lead.UpdatedAt = now;
        }

        if (StatusMove.Apply(lead, values.Status, lostReason, await authors.CurrentAsync(cancellationToken), now) is { } move)
        {
            db.Add(move);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the lead with its history; each row leaves its own audit entry. A customer it became stays.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.CreateDbContext();
        var lead = await LeadLookup.FindAsync(db, id, localizer, cancellationToken);
        db.RemoveRange(await db.Set<LeadActivity>().Where(a => a.LeadId == id).ToListAsync(cancellationToken));
        db.Remove(lead);
        await db.SaveChangesAsync(cancellationToken);
    }
}
