using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Leads.Domain;

/// <summary>A contact with the lead (or a move in the pipeline), with what to do next and by when.</summary>
public sealed class LeadActivity : Entity, ICompanyOwned
{
    public const int DescriptionMaxLength = 2000;
    public const int NextActionMaxLength = 300;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid LeadId { get; set; }

    public LeadActivityType Type { get; set; }

    public required string Description { get; set; }

    public DateTime ContactDate { get; set; }

    public string? NextAction { get; set; }

    public DateOnly? NextActionDate { get; set; }

    public Guid? CreatedBy { get; set; }

    /// <summary>The author's name when it was written.</summary>
    public required string CreatedByName { get; set; }

    public DateTime CreatedAt { get; set; }
}
