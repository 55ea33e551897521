namespace MetaHub.Kernel.Paging;

/// <summary>One page of a list the server filtered and sorted, with the total for the pager.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
