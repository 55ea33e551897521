using Microsoft.EntityFrameworkCore;

namespace MetaHub.Kernel.Paging;

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>Counts the query, then reads one page of it (pages start at 1; sizes are clamped to 1–200).</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, number, size);
    }
}
