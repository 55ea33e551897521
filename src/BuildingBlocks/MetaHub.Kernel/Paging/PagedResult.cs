namespace MetaHub.Kernel.Paging;

/// <summary>One page of a list the server filtered and sorted, with the total for the pager: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
