using System.Net.Mail;
using System.Text.RegularExpressions;
using MetaHub.Access.Domain;
using MetaHub.Access.Resources;
using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MetaHub.Access.Features.Companies;

/// <summary>What makes a company valid: required fields, formats, a unique slug, and a parent that is not itself or below it.</summary>
internal static partial class CompanyRules
{
    public static async Task<Dictionary<string, string[]>?> ValidateAsync(
        CompanyRequest request, Guid? id, TenantDbContext db, TenantInfo tenant, IStringLocalizer<AccessResources> localizer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            Fail("name", localizer["validation.required"]);
        }
        else if (name.Length > Company.NameMaxLength)
        {
            Fail("name", localizer["validation.maxLength", Company.NameMaxLength]);
        }

        var slug = request.Slug?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length == 0)
        {
            Fail("slug", localizer["validation.required"]);
        }
        else if (slug.Length > Company.SlugMaxLength || !SlugPattern().IsMatch(slug))
        {
            Fail("slug", localizer["companies.slugInvalid"]);
        }
        else if (await db.Set<Company>().AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
        {
            Fail("slug", localizer["companies.slugTaken", slug]);
        }

        if (request.ParentCompanyId is { } parentId)
        {
            if (!await db.Set<Company>().AnyAsync(c => c.Id == parentId, cancellationToken))
            {
                Fail("parentCompanyId", localizer["companies.parentNotFound"]);
            }
            else if (id is { } self && await IsSelfOrDescendantAsync(db, self, parentId, cancellationToken))
            {
                Fail("parentCompanyId", localizer["companies.ownAncestor"]);
            }
        }

        foreach (var (field, value) in new[] { ("primaryColor", request.PrimaryColor), ("secondaryColor", request.SecondaryColor) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !ColourPattern().IsMatch(value.Trim()))
            {
                Fail(field, localizer["companies.colourInvalid"]);
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Email) && !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            Fail("email", localizer["companies.emailInvalid"]);
        }

        foreach (var (field, value, max) in new[]
        {
            ("description", request.Description, 2000), ("taxNumber", request.TaxNumber, 20), ("taxOffice", request.TaxOffice, 100),
            ("address", request.Address, 500), ("phone", request.Phone, 30), ("email", request.Email, 254),
        })
        {
            if ((value?.Trim().Length ?? 0) > max)
            {
                Fail(field, localizer["validation.maxLength", max]);
            }
        }

        if (request.Settings is { } settings)
        {
            if (settings.Currency is { } currency && !CurrencyPattern().IsMatch(currency))
            {
                Fail("settings.currency", localizer["companies.currencyInvalid"]);
            }

            if (settings.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                Fail("settings.timeZone", localizer["companies.timeZoneInvalid", zone]);
            }

            if (settings.DateFormat is { Length: 0 or > 20 })
            {
                Fail("settings.dateFormat", localizer["validation.maxLength", 20]);
            }

            if (settings.FiscalYearStartMonth is < 1 or > 12)
            {
                Fail("settings.fiscalYearStartMonth", localizer["companies.monthInvalid"]);
            }

            if (settings.InvoicePrefix is { Length: > 20 })
            {
                Fail("settings.invoicePrefix", localizer["validation.maxLength", 20]);
            }

            if (settings.NextInvoiceNumber is < 1)
            {
                Fail("settings.nextInvoiceNumber", localizer["companies.invoiceNumberInvalid"]);
            }

            var unknown = (settings.EnabledModules ?? []).Where(m => !tenant.EnabledModules.Contains(m)).ToList();
            if (unknown.Count > 0)
            {
                Fail("settings.enabledModules", localizer["companies.moduleNotInPackage", string.Join(", ", unknown)]);
            }
        }

        return errors.Count == 0 ? null : errors;
    }

    public static void Apply(CompanyRequest request, Company company)
    {
        company.Name = request.Name!.Trim();
        company.Slug = request.Slug!.Trim().ToLowerInvariant();
        company.ParentCompanyId = request.ParentCompanyId;
        company.Description = Clean(request.Description);
        company.TaxNumber = Clean(request.TaxNumber);
        company.TaxOffice = Clean(request.TaxOffice);
        company.Address = Clean(request.Address);
        company.Phone = Clean(request.Phone);
        company.Email = Clean(request.Email);
        company.PrimaryColor = Clean(request.PrimaryColor)?.ToUpperInvariant();
        company.SecondaryColor = Clean(request.SecondaryColor)?.ToUpperInvariant();
        company.IsActive = request.IsActive ?? company.IsActive;
        if (request.Settings is { } settings)
        {
            var target = company.Settings;
            target.Currency = settings.Currency ?? target.Currency;
            target.TimeZone = settings.TimeZone ?? target.TimeZone;
            target.DateFormat = settings.DateFormat ?? target.DateFormat;
            target.FiscalYearStartMonth = settings.FiscalYearStartMonth ?? target.FiscalYearStartMonth;
            target.InvoicePrefix = settings.InvoicePrefix ?? target.InvoicePrefix;
            target.NextInvoiceNumber = settings.NextInvoiceNumber ?? target.NextInvoiceNumber;
            target.EnabledModules = settings.EnabledModules is { } modules ? [.. modules.Distinct(StringComparer.Ordinal)] : target.EnabledModules;
        }
    }

    /// <summary>Walks up from the proposed parent: meeting the company itself means the move would make a cycle.</summary>
    private static async Task<bool> IsSelfOrDescendantAsync(TenantDbContext db, Guid companyId, Guid proposedParentId, CancellationToken cancellationToken)
    {
        var parents = await db.Set<Company>().Select(c => new { c.Id, c.ParentCompanyId }).ToDictionaryAsync(c => c.Id, c => c.ParentCompanyId, cancellationToken);
        Guid? current = proposedParentId;
        var seen = new HashSet<Guid>();
        while (current is { } step && seen.Add(step))
        {
            if (step == companyId)
            {
                return true;
            }

            current = parents.GetValueOrDefault(step);
        }

        return false;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex ColourPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex CurrencyPattern();
}
