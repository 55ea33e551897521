using System.Text.RegularExpressions;
using MetaHub.Kernel.Security;
using MetaHub.Kernel.Validation;
using MetaHub.Leads.Domain;
using MetaHub.Leads.Resources;
using Microsoft.Extensions.Localization;

namespace MetaHub.Leads.Features.Editing;

/// <summary>What makes a lead valid: a company name, contact details that are reachable, money that is a sum in a currency, an assignee of the company.</summary>
internal sealed partial class LeadRules(IPeopleDirectory people, IStringLocalizer<LeadsResources> localizer)
{
    /// <summary>The largest amount the column holds: 16 digits before the decimal point, 2 after.</summary>
    private const decimal MaxValue = 9_999_999_999_999_999.99m;

    /// <summary>Checks the request into <paramref name="errors"/> and returns the values to store (meaningful only without errors).</summary>
    public async Task<LeadValues> CheckAsync(LeadRequest request, Lead? existing, FieldErrors errors, CancellationToken cancellationToken)
    {
        var companyName = errors.Text("companyName", request.CompanyName, Lead.CompanyNameMaxLength, required: true);
        var contactPerson = errors.Text("contactPerson", request.ContactPerson, Lead.PersonMaxLength);
        var phone = errors.Phone("phone", request.Phone, Lead.PhoneMaxLength);
        var email = errors.Email("email", request.Email, Lead.EmailMaxLength);
        var notes = errors.Text("notes", request.Notes, Lead.NotesMaxLength);
        var source = errors.Choice<LeadSource>("source", request.Source) ?? existing?.Source ?? LeadSource.Other;
        var status = errors.Choice<LeadStatus>("status", request.Status) ?? existing?.Status ?? LeadStatus.New;

        if (request.ExpectedValue is { } value)
        {
            if (value < 0)
            {
                errors.Add("expectedValue", localizer["validation.valueNegative"]);
            }
            else if (value > MaxValue)
            {
                errors.Add("expectedValue", localizer["validation.valueTooLarge"]);
            }
            else if (decimal.Round(value, 2) != value)
            {
                errors.Add("expectedValue", localizer["validation.valueDecimals"]);
            }
        }

        var currency = string.IsNullOrWhiteSpace(request.Currency) ? null : request.Currency.Trim();
        if (currency is not null && !CurrencyPattern().IsMatch(currency))
        {
            errors.Add("currency", localizer["validation.currency"]);
        }
        else if (currency is null && request.ExpectedValue is not null)
        {
            errors.Add("currency", localizer["validation.currencyRequired"]);
        }

        // A stored assignee who has since left the company does not block other edits; a new one must be a member.
        if (request.AssigneeId is { } assigneeId && assigneeId != existing?.AssigneeId
            && !(await people.CompanyMembersAsync(cancellationToken)).Any(p => p.Id == assigneeId))
        {
            errors.Add("assigneeId", localizer["validation.assigneeNotMember"]);
        }

        return new LeadValues(companyName ?? "", contactPerson, phone, email, source, status, request.ExpectedValue, currency, request.NextContactDate, notes, request.AssigneeId);
    }

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex CurrencyPattern();
}
