using MetaHub.Customers.Domain;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Errors;
using MetaHub.Kernel.Json;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ListCustomers;

/// <summary>
/// What the customer list is narrowed and ordered by: a text in the name, contact person, email or
/// phone, a status, a sector, a sort key (<c>companyName</c>, <c>createdAt</c>, <c>updatedAt</c>,
/// <c>status</c>, <c>sector</c>, <c>deletedAt</c>; <c>-</c> for descending) and the trash instead
/// of the live customers. <see cref="CustomerQuery.Apply"/> reads it.
/// </summary>
internal sealed record CustomerListQuery(
    string? Search = null, CustomerStatus? Status = null, string? Sector = null, string? Sort = null, bool Deleted = false)
{
    /// <summary>The query as a URL gives it (<c>status=potential</c>); an unknown status is refused naming the field.</summary>
    public static CustomerListQuery From(
        string? search, string? status, string? sector, string? sort, bool deleted, IStringLocalizer<CustomersResources> localizer) =>
        new(search, ParseStatus(status, localizer), sector, sort, deleted);

    private static CustomerStatus? ParseStatus(string? status, IStringLocalizer<CustomersResources> localizer) =>
        string.IsNullOrWhiteSpace(status)
            ? null
            : ApiValue.Parse<CustomerStatus>(status) ?? throw ValidationException.For("status", localizer["validation.status"]);
}
