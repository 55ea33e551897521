namespace MetaHub.Kernel.Security;

/// <summary>The tenant's people as modules need them: whom a task or lead can be given to, and whose name an id is.</summary>
public interface IPeopleDirectory
{
    /// <summary>The active members of the current user's company, by name.</summary>
    Task<IReadOnlyList<Person>> CompanyMembersAsync(CancellationToken cancellationToken);

    /// <summary>The names of those of <paramref name="ids"/> that are people of the tenant.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The active companies each active person among <paramref name="ids"/> is a member of: for work
    /// done for the whole tenant without a signed-in user, such as a background job mailing assignees.
    /// </summary>
    Task<IReadOnlyList<CompanyMember>> MembershipsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
