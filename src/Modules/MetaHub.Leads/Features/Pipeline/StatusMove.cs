using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Json;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Pipeline;

/// <summary>
/// The one way a lead changes status, whether dragged on the board, picked on its page or sent
/// with an edit: a lost lead says why, a converted lead stays won, and every move is written to
/// the history as <c>new → contacted</c> (the lost reason on the next line).
/// </summary>
internal static class StatusMove
{
    public const string Arrow = " → ";

    /// <summary>Refuses the move if it breaks a rule; returns the trimmed lost reason to keep.</summary>
    public static string? Check(Lead lead, LeadStatus to, string? lostReason, FieldErrors errors, IStringLocalizer<LeadsResources> localizer)
    {
        if (lead.CustomerId is not null && to != LeadStatus.Won)
        {
            throw new ConflictException(localizer["lead.convertedStaysWon"]);
        }

        return Reason(to, lostReason, errors, localizer);
    }

    /// <summary>The lost reason a status needs: required (and kept) for lost, refused for any other status.</summary>
    public static string? Reason(LeadStatus status, string? lostReason, FieldErrors errors, IStringLocalizer<LeadsResources> localizer)
    {
        if (status == LeadStatus.Lost)
        {
            var reason = errors.Text("lostReason", lostReason, Lead.LostReasonMaxLength);
            if (reason is null)
            {
                errors.Add("lostReason", localizer["validation.lostReasonRequired"]);
            }

            return reason;
        }

        if (!string.IsNullOrWhiteSpace(lostReason))
        {
            errors.Add("lostReason", localizer["validation.lostReasonOnlyLost"]);
        }

        return null;
    }

    /// <summary>Moves the lead (checked already) and returns the history entry, or null when the status stays.</summary>
    public static LeadActivity? Apply(Lead lead, LeadStatus to, string? lostReason, Author author, DateTime now)
    {
        var reason = to == LeadStatus.Lost ? lostReason : null;
        if (lead.Status == to)
        {
            if (!string.Equals(lead.LostReason, reason, StringComparison.Ordinal))
            {
                lead.LostReason = reason;
                lead.UpdatedAt = now;
            }

            return null;
        }

        lead.LostReason = reason;
        lead.UpdatedAt = now;

        var description = ApiValue.Of(lead.Status) + Arrow + ApiValue.Of(to) + (reason is null ? "" : "\n" + reason);
        lead.Status = to;
        return new LeadActivity
        {
            LeadId = lead.Id,
            Type = LeadActivityType.StatusChange,
            Description = description,
            ContactDate = now,
            CreatedBy = author.Id,
            CreatedByName = author.Name,
            CreatedAt = now,
        };
    }
}
