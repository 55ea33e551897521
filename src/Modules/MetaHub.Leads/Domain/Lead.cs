using MetaHub.Kernel.Data;
using MetaHub.Kernel.Tenancy;

namespace MetaHub.Leads.Domain;

/// <summary>A prospective customer moving through the pipeline (SPEC §6).</summary>
public sealed class Lead : Entity, ICompanyOwned
{
    public const int CompanyNameMaxLength = 200;
    public const int PersonMaxLength = 150;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;
    public const int NotesMaxLength = 4000;
    public const int LostReasonMaxLength = 500;

    public Guid TenantId { get; set; }

    public Guid CompanyId { get; set; }

    public required string CompanyName { get; set; }

    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public LeadSource Source { get; set; } = LeadSource.Other;

    public LeadStatus Status { get; set; } = LeadStatus.New;

    public decimal? ExpectedValue { get; set; }

    /// <summary>ISO 4217 code of <see cref="ExpectedValue"/>, e.g. TRY.</summary>
    public string? Currency { get; set; }

    public DateOnly? NextContactDate { get; set; }

    public string? Notes { get; set; }

    public Guid? AssigneeId { get; set; }

    /// <summary>Why it was lost; required while the status is <see cref="LeadStatus.Lost"/>.</summary>
    public string? LostReason { get; set; }

    /// <summary>The customer it became; set once, by the conversion.</summary>
    public Guid? CustomerId { get; set; }

    public DateTime? ConvertedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
