using MetaHub.Customers.Domain;

namespace MetaHub.Customers.Features.ExportCustomers;

/// <summary>Which customers an export holds and in which order: the customer list's filters (see <see cref="CustomerListFilter"/>).</summary>
internal sealed record CustomerExportQuery(string? Search = null, CustomerStatus? Status = null, string? Sector = null, string? Sort = null);
