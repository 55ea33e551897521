using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Customers.Domain;

/// <summary>Something to do for a customer by a date, for someone; done once ticked.</summary>
public sealed class CustomerReminder : Entity, ICompanyOwned
{
    public const int TitleMaxLength = 200;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid CustomerId { get; set; }

    public required string Title { get; set; }

    public string? Notes { get; set; }

    public DateOnly DueDate { get; set; }

    public Guid? AssigneeId { get; set; }

    public bool IsDone { get; set; }

    public DateTime? DoneAt { get; set; }

    /// <summary>When the assignee was mailed that it is due; cleared when the due date or the assignee changes, so they are told again.</summary>
    public DateTime? NotifiedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
