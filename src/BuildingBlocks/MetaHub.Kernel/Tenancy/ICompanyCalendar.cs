namespace MetaHub.Kernel.Tenancy;

/// <summary>
/// Which day it is for a company: by the time zone in its settings, so "due today" and "overdue"
/// turn at the company's midnight wherever the server runs.
/// </summary>
public interface ICompanyCalendar
{
    /// <summary>Today for the scope's company; for the group view or a scope without a company, the platform's default zone.</summary>
    Task<DateOnly> TodayAsync(CancellationToken cancellationToken);

    /// <summary>Today for each of <paramref name="companyIds"/> of the scope's tenant, for work done for the whole tenant such as a job.</summary>
    Task<IReadOnlyDictionary<Guid, DateOnly>> TodayAsync(IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken);
}
