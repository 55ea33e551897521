using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Customers.Domain;

/// <summary>One entry of a customer's history: a call, meeting, email, WhatsApp message or note, when and by whom.</summary>
public sealed class CustomerInteraction : Entity, ICompanyOwned
{
    public const int SubjectMaxLength = 200;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid CustomerId { get; set; }

    public InteractionType Type { get; set; }

    public DateTime OccurredAt { get; set; }

    public required string Subject { get; set; }

    public string? Notes { get; set; }

    public Guid? AuthorId { get; set; }

    /// <summary>The author's name when it was written, so the history reads the same after they leave.</summary>
    public required string AuthorName { get; set; }

    public DateTime CreatedAt { get; set; }
}
